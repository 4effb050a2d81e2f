using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reader.Transcripts.Exports;

/// <summary>
/// The Podcasting 2.0 JSON formats: a transcript (<c>version</c>, <c>segments</c> with <c>speaker</c>,
/// <c>startTime</c>, <c>endTime</c>, <c>body</c>) that says whether its times are estimated, and chapters
/// (<c>version</c> 1.2.0, <c>chapters</c> with <c>startTime</c> and <c>title</c>).
/// </summary>
public static class PodcastJsonExport
{
    public const string TranscriptContentType = "application/json; charset=utf-8";
    public const string ChaptersContentType = "application/json+chapters; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Transcript(Transcript transcript, ExportOptions options) => JsonSerializer.Serialize(new
    {
        version = "1.0.0",
        // Not in the format; Podcasting 2.0 readers ignore fields they do not know.
        estimatedTimes = !transcript.Timed,
        segments = ExportPlan.Of(transcript, options).Select(s => new
        {
            speaker = s.SpeakerName,
            startTime = Math.Round(s.Start, 3),
            endTime = Math.Round(s.End, 3),
            body = string.Join("\n", s.Lines),
        }),
    }, Json);

    public static string Chapters(Transcript transcript) => JsonSerializer.Serialize(new
    {
        version = "1.2.0",
        chapters = transcript.Chapters.Select(c => new { startTime = c.StartSeconds, title = c.Title }),
    }, Json);
}
