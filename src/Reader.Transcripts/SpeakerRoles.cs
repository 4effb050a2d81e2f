namespace Reader.Transcripts;

/// <summary>
/// A role as it is written down: <c>host</c>, <c>guest</c> or <c>unknown</c>, in the database's Role column,
/// the speaker sidecar, <c>data-role</c> and the CLI's output.
/// </summary>
public static class SpeakerRoles
{
    public static string Name(this SpeakerRole role) => role switch
    {
        SpeakerRole.Host => "host",
        SpeakerRole.Guest => "guest",
        _ => "unknown",
    };

    /// <summary>The role with this name, in any case; false for anything else (numbers included, which an enum would take).</summary>
    public static bool TryParse(string? name, out SpeakerRole role)
    {
        role = SpeakerRole.Unknown;
        return name is { Length: > 0 } && name.All(char.IsAsciiLetter) && Enum.TryParse(name, ignoreCase: true, out role);
    }

    /// <summary>The role with this name, or <see cref="SpeakerRole.Unknown"/>.</summary>
    public static SpeakerRole FromName(string name) => TryParse(name, out var role) ? role : SpeakerRole.Unknown;
}
