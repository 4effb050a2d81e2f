using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reader.Transcripts;

namespace Reader.Cli;

/// <summary>The JSON that <c>parse --json</c> prints: a stable, camelCase contract for scripts.</summary>
internal static class TranscriptJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Chinese stays readable on stdout; this JSON is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(Transcript transcript) => JsonSerializer.Serialize(new
    {
        episode = transcript.Episode,
        speakers = transcript.Speakers.Select(s => new { s.Label, s.Name, s.Role }),
        chapters = transcript.Chapters.Select(c => new { c.Ordinal, c.StartSeconds, c.Title, c.FirstSegment }),
        timed = transcript.Timed,
        // Real times only where the source gave them (subtitle cues); an export's segments have estimates alone.
        segments = transcript.Timed
            ? transcript.Segments.Select(object (s) => new { s.Index, s.Speaker, s.Zh, s.En, s.Chapter, s.EstimatedStartSeconds, s.StartSeconds, s.EndSeconds, s.Line })
            : transcript.Segments.Select(object (s) => new { s.Index, s.Speaker, s.Zh, s.En, s.Chapter, s.EstimatedStartSeconds, s.Line }),
        warnings = transcript.Warnings.Select(w => new { w.Line, w.Message }),
        pins = transcript.Pins.OrderBy(p => p.Segment).Select(p => new { p.Segment, p.Seconds }),
    }, Options);
}
