using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reader.Transcripts.Chapters;

/// <summary>
/// The timing sidecar: <c>&lt;transcript&gt;.times.json</c> next to a transcript, fixing the start of some
/// segments to the media's time; every import and <c>parse</c> apply it, so the pins survive re-imports.
/// <code>{ "pins": [{ "segment": 437, "seconds": 2083 }] }</code>
/// Segments are 1-based as in <c>#s-N</c>; seconds may be fractional and are kept as given. Whether the pins
/// agree with the chapters and each other is checked against the parsed transcript (<see cref="TimingAnchors"/>).
/// </summary>
public static class TimingSidecar
{
    public const string Suffix = ".times.json";

    private const string Shape = "{ \"pins\": [{ \"segment\": 437, \"seconds\": 2083 }] }";

    public static string SidecarPathFor(string transcriptPath) =>
        Path.Combine(Path.GetDirectoryName(transcriptPath) ?? "", Path.GetFileNameWithoutExtension(transcriptPath) + Suffix);

    public static IReadOnlyList<TimingPin> Parse(string file, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("pins", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new TranscriptFormatException(file, 1, $"expected a JSON object like {Shape}");

            var pins = new List<TimingPin>();
            var n = 0;
            foreach (var item in list.EnumerateArray())
            {
                n++;
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("segment", out var segment) || segment.ValueKind != JsonValueKind.Number || !segment.TryGetInt32(out var index) || index < 1
                    || !item.TryGetProperty("seconds", out var seconds) || seconds.ValueKind != JsonValueKind.Number || seconds.GetDouble() is var time && !(time >= 0 && double.IsFinite(time)))
                    throw new TranscriptFormatException(file, 1, $"expected pin {n} to be like {{ \"segment\": 437, \"seconds\": 2083 }} (a whole segment from 1, seconds from 0), found {Shorten(item.GetRawText())}");
                if (pins.Any(p => p.Segment == index))
                    throw new TranscriptFormatException(file, 1, $"expected each segment pinned once, found segment {index} twice");
                pins.Add(new TimingPin(index, time));
            }
            return pins;
        }
        catch (JsonException e)
        {
            throw new TranscriptFormatException(file, (int)(e.LineNumber ?? 0) + 1, $"expected valid JSON: {e.Message}");
        }
    }

    /// <summary>One pin a line, by segment.</summary>
    public static string Serialize(IEnumerable<TimingPin> pins)
    {
        var lines = pins.OrderBy(p => p.Segment)
            .Select(p => $"    {{ \"segment\": {p.Segment}, \"seconds\": {p.Seconds.ToString("R", CultureInfo.InvariantCulture)} }}")
            .ToList();
        var json = new StringBuilder("{\n  \"pins\": [");
        if (lines.Count > 0)
            json.Append('\n').AppendJoin(",\n", lines).Append("\n  ");
        return json.Append("]\n}\n").ToString();
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
