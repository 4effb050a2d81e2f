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

    public static IReadOnlyDictionary<string, SpeakerOverride> Parse(string file, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new TranscriptFormatException(file, 1, "expected a JSON object mapping speaker labels to { \"name\": …, \"role\": … }");

            var overrides = new Dictionary<string, SpeakerOverride>();
            foreach (var speaker in document.RootElement.EnumerateObject())
            {
                if (speaker.Value.ValueKind != JsonValueKind.Object)
                    throw new TranscriptFormatException(file, 1, $"expected an object for '{speaker.Name}', like {{ \"name\": \"…\", \"role\": \"host\" }}");
                var name = speaker.Value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : null;
                var role = speaker.Value.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? ParseRole(file, speaker.Name, r.GetString()!) : (SpeakerRole?)null;
                overrides[speaker.Name] = new SpeakerOverride(string.IsNullOrEmpty(name) ? null : name, role);
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
        foreach (var label in overrides.Keys.Where(label => speakers.All(s => s.Label != label)))
            warnings.Add(new ParseWarning(1, $"the speaker sidecar names '{label}', who does not speak in this transcript"));

        return speakers.Select(s => overrides.TryGetValue(s.Label, out var o)
            ? s with { Name = o.Name ?? s.Name, Role = o.Role ?? s.Role }
            : s).ToList();
    }

    private static SpeakerRole ParseRole(string file, string label, string role) =>
        SpeakerRoles.TryParse(role, out var parsed)
            ? parsed
            : throw new TranscriptFormatException(file, 1, $"expected the role of '{label}' to be host, guest or unknown, found '{role}'");
}
