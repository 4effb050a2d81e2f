using Reader.Transcripts.Parsing;

namespace Reader.Transcripts.Formats;

/// <summary>
/// The one place that tells the formats apart, by what a file holds, never by its name:
/// <list type="bullet">
/// <item>WebVTT: the first line is <c>WEBVTT</c>, alone or followed by a space and a title;</item>
/// <item>ASS/SSA: a <c>[Script Info]</c> section or a <c>Dialogue:</c> line among the first lines;</item>
/// <item>the podcast app's export: the first line ends in <c> 封面</c> (the cover caption), or a <c>Speaker N</c> line among the first lines;</item>
/// <item>SRT: a cue timing (<c>00:01:02,500 --> 00:01:04,000</c>) among the first lines.</item>
/// </list>
/// </summary>
public static class SourceFormats
{
    // A file's own header is a few lines: an SRT's first timing is its second line, an ASS file's first section its first.
    private const int FirstLines = 5;
    // The export's header (titles, summary, headings, app note) runs some lines before the first segment.
    private const int ExportHeaderLines = 30;
    private const int QuotedLength = 80;

    public static SourceFormat Detect(string file, string text)
    {
        var lines = SourceText.Lines(text).Take(ExportHeaderLines).Select(l => l.Text).ToList();
        if (lines.Count == 0)
            throw new TranscriptFormatException(file, 1, "expected one of the formats Reader reads — the podcast app's bilingual export, SRT, WebVTT or ASS/SSA subtitles — found an empty file");

        var first = lines.Take(FirstLines).ToList();
        if (WebVttParser.IsSignature(lines[0]))
            return SourceFormat.WebVtt;
        if (first.Any(l => l.Equals("[Script Info]", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Dialogue:", StringComparison.OrdinalIgnoreCase)))
            return SourceFormat.Ass;
        if (lines[0].EndsWith(" 封面", StringComparison.Ordinal) || lines.Any(SegmentParser.IsSpeakerLine))
            return SourceFormat.BaytExport;
        // An arrow is enough: a timing that is wrong in it is the SRT parser's to report, at its line.
        if (first.Any(SubtitleTime.HasArrow))
            return SourceFormat.Srt;

        var quoted = lines[0].Length <= QuotedLength ? lines[0] : lines[0][..(QuotedLength - 1)] + "…";
        throw new TranscriptFormatException(file, FirstLineNumber(text),
            $"expected one of the formats Reader reads — the podcast app's bilingual export, SRT, WebVTT or ASS/SSA subtitles — found a first line '{quoted}'");
    }

    private static int FirstLineNumber(string text) => SourceText.Lines(text).First().Number;
}
