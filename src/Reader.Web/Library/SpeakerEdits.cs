using Reader.Transcripts;
using Reader.Transcripts.Speakers;

namespace Reader.Web.Library;

/// <summary>
/// Speaker names and roles as the import and edit forms send them: <c>{prefix}name.{label}</c> and
/// <c>{prefix}role.{label}</c> (<c>host</c>, <c>guest</c>, or empty for "not known"), one pair per speaker.
/// </summary>
public static class SpeakerEdits
{
    public const int MaxNameLength = 100;

    public static string NameField(string prefix, string label) => $"{prefix}name.{label}";

    public static string RoleField(string prefix, string label) => $"{prefix}role.{label}";

    public static IReadOnlyDictionary<string, SpeakerOverride> From(IFormCollection form, string prefix = "")
    {
        var overrides = new Dictionary<string, SpeakerOverride>(StringComparer.Ordinal);
        foreach (var field in form.Keys.Where(k => k.StartsWith(prefix + "name.", StringComparison.Ordinal)))
        {
            var label = field[(prefix.Length + "name.".Length)..];
            var name = form[field].ToString().Trim();
            if (name.Length > MaxNameLength)
                name = name[..MaxNameLength];
            var role = form[RoleField(prefix, label)].ToString() switch
            {
                "host" => SpeakerRole.Host,
                "guest" => SpeakerRole.Guest,
                _ => SpeakerRole.Unknown,
            };
            overrides[label] = new SpeakerOverride(name.Length == 0 || name == label ? null : name, role);
        }
        return overrides;
    }
}
