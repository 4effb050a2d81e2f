using System.Text.Json;

namespace Reader.Transcripts.Speakers;

/// <summary>A name and/or role given by hand for one speaker label.</summary>
public sealed record SpeakerOverride(string? Name, SpeakerRole? Role);

/// <summary>
/// The speaker sidecar: a small JSON file next to a transcript, named <c>&lt;transcript&gt;.speakers.json</c>,
/// that corrects inferred names. It is read at every import, so corrections survive re-imports.
/// <code>{ "Speaker 1": { "name": "Koray Kavukcuoglu", "role": "guest" } }</code>
/// </summary>
public static class SpeakerOverrides
{
    public const string Suffix = ".speakers.json";

    public static string SidecarPathFor(string transcriptPath) =>
        Path.Combine(Path.GetDirectoryName(transcriptPath) ?? "", Path.GetFileNameWithoutExtension(transcriptPath) + Suffix);

    /// <summary>The largest speaker sidecar read, in bytes (1 MiB): a hundred bytes a speaker for as many speakers as labels.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The most speakers a sidecar names (10,000): the export's labels are <c>Speaker 0</c> to <c>Speaker 9999</c>.</summary>
    public const int MaxSpeakers = 10_000;

    private const string What = "a speaker sidecar";

    /// <summary>The sidecar at <paramref name="path"/>, refused past <see cref="MaxBytes"/> before it is read whole.</summary>
    public static string Read(string path) => SidecarText.Read(path, MaxBytes, What);

    /// <summary>The overrides by label, read in one pass; an error names its line.</summary>
    public static IReadOnlyDictionary<string, SpeakerOverride> Parse(string file, string json)
    {
        SidecarText.CheckSize(file, json, MaxBytes, What);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var lines = new JsonLines(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new TranscriptFormatException(file, 1, "expected a JSON object mapping speaker labels to { \"name\": …, \"role\": … }");

            var overrides = new Dictionary<string, SpeakerOverride>();
            var count = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var line = lines.At(reader.TokenStartIndex);
                var label = reader.GetString()!;
                if (++count > MaxSpeakers)
                {
                    do
                    {
                        reader.Read();
                        reader.Skip();
                    }
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && ++count > 0);
                    throw new TranscriptFormatException(file, line, $"expected at most {MaxSpeakers:N0} speakers, found {count:N0}");
                }
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw new TranscriptFormatException(file, line, $"expected an object for '{label}', like {{ \"name\": \"…\", \"role\": \"host\" }}");
                string? name = null;
                SpeakerRole? role = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var field = reader.ValueTextEquals("name"u8) ? "name" : reader.ValueTextEquals("role"u8) ? "role" : null;
                    reader.Read();
                    if (field == "name" && reader.TokenType == JsonTokenType.String)
                        name = reader.GetString()!.Trim();
                    else if (field == "role" && reader.TokenType == JsonTokenType.String)
                        role = ParseRole(file, lines.At(reader.TokenStartIndex), label, reader.GetString()!);
                    else
                        reader.Skip();
                }
                overrides[label] = new SpeakerOverride(string.IsNullOrEmpty(name) ? null : name, role);
            }
            // The rest of the document, so that text after it is an error.
            while (reader.Read())
            {
            }
            return overrides;
        }
        catch (JsonException e)
        {
            throw new TranscriptFormatException(file, (int)(e.LineNumber ?? 0) + 1, $"expected valid JSON: {e.Message}");
        }
    }

    public static string Serialize(IReadOnlyDictionary<string, SpeakerOverride> overrides)
    {
        var shape = overrides.ToDictionary(
            o => o.Key,
            o => new Dictionary<string, string?>
            {
                ["name"] = o.Value.Name,
                ["role"] = o.Value.Role?.Name(),
            }.Where(p => p.Value is not null).ToDictionary());
        return JsonSerializer.Serialize(shape, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static IReadOnlyList<Speaker> Apply(IReadOnlyList<Speaker> speakers, IReadOnlyDictionary<string, SpeakerOverride> overrides, List<ParseWarning> warnings)
    {
        var speaking = speakers.Select(s => s.Label).ToHashSet();
        foreach (var label in overrides.Keys.Where(label => !speaking.Contains(label)))
            warnings.Add(new ParseWarning(1, $"the speaker sidecar names '{label}', who does not speak in this transcript"));

        return speakers.Select(s => overrides.TryGetValue(s.Label, out var o)
            ? s with { Name = o.Name ?? s.Name, Role = o.Role ?? s.Role }
            : s).ToList();
    }

    private static SpeakerRole ParseRole(string file, int line, string label, string role) =>
        SpeakerRoles.TryParse(role, out var parsed)
            ? parsed
            : throw new TranscriptFormatException(file, line, $"expected the role of '{label}' to be host, guest or unknown, found '{role}'");
}
