using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Formats;

/// <summary>
/// WebVTT: a <c>WEBVTT</c> line (a title may follow it: <c>WEBVTT - Title</c>), header lines up to the first
/// blank line, then blocks separated by blank lines:
/// <code>
/// NOTE a comment                   skipped, as are STYLE and REGION blocks
///
/// intro                            an optional cue identifier
/// 00:01.000 --> 00:04.000 line:0   mm:ss.ttt or hh:mm:ss.ttt; the cue settings after the times are ignored
/// &lt;v Esme&gt;Hello &lt;i&gt;there&lt;/i&gt; &amp;amp; welcome
/// </code>
/// The first voice span of a cue (<c>&lt;v Name&gt;</c>, <c>&lt;v.loud Name&gt;</c>) names its speaker; every other tag
/// is stripped (ruby text with its <c>&lt;rt&gt;</c>), and character references are decoded.
/// </summary>
public static class WebVttParser
{
    public const string TimingExample = "00:01:02.500 --> 00:01:04.000";

    // A chapter title is short; a subtitle line can be too, so the time each cue lasts decides.
    private const int MaxChapterTitleLength = 100;
    private const double MinMedianChapterSeconds = 20;

    public static SubtitleFile Parse(string file, string text)
    {
        var lines = new CueLines(file, text);
        if (lines.Count == 0 || !IsSignature(lines[0]))
            throw lines.Error(0, $"expected 'WEBVTT' on the first line, found {(lines.Count == 0 ? "an empty file" : CueLines.Quote(lines[0]))}");

        var title = lines[0]["WEBVTT".Length..].Trim().TrimStart('-', '–', '—').Trim();
        var cues = new List<SubtitleCue>();
        // The header runs to the first blank line; a file that starts its first cue without one still has that cue.
        var i = 1;
        while (i < lines.Count && !lines.StartsBlock(i) && !SubtitleTime.HasArrow(lines[i]))
            i++;
        lines.Mark(0, i, LineKind.Header);
        if (i < lines.Count && !lines.StartsBlock(i))
        {
            var end = lines.EndOfBlock(i);
            ReadCues(lines, i, end, cues);
            i = end;
        }

        while (i < lines.Count)
        {
            var end = lines.EndOfBlock(i);
            if (StartsWithWord(lines[i], "NOTE"))
                lines.Mark(i, end, LineKind.Artifact);
            else if (StartsWithWord(lines[i], "STYLE") || StartsWithWord(lines[i], "REGION"))
                lines.Mark(i, end, LineKind.Header);
            else
                ReadCues(lines, i, end, cues);
            i = end;
        }

        var warnings = new List<ParseWarning>();
        return new SubtitleFile(file, SourceFormat.WebVtt, title.Length > 0 ? title : null, SrtParser.InTimeOrder(cues, warnings), warnings, lines.Accounted);
    }

    /// <summary>
    /// The chapters of a WebVTT chapters file: every cue a single short line, no voices, and cues that last
    /// minutes rather than seconds (the median at least 20 s; subtitles last a few). False for any other file.
    /// </summary>
    public static bool TryReadChapters(SubtitleFile file, out IReadOnlyList<ChapterMark> chapters)
    {
        chapters = [];
        if (file.Format != SourceFormat.WebVtt || file.Cues.Count == 0
            || file.Cues.Any(c => c.Lines.Count != 1 || c.Lines[0].Length > MaxChapterTitleLength || c.Voice is not null))
            return false;
        var durations = file.Cues.Select(c => c.EndSeconds - c.StartSeconds).Order().ToList();
        if (durations[(durations.Count - 1) / 2] < MinMedianChapterSeconds)
            return false;
        chapters = [.. file.Cues.Select(c => new ChapterMark((int)Math.Floor(c.StartSeconds), c.Lines[0]))];
        return true;
    }

    /// <summary>A block of one cue: an optional identifier, the timing, the text; a second timing line in it starts another cue.</summary>
    private static void ReadCues(CueLines lines, int i, int end, List<SubtitleCue> cues)
    {
        while (i < end)
        {
            if (!SubtitleTime.HasArrow(lines[i]))
            {
                if (i + 1 >= end)
                    throw lines.Error(i, $"expected a cue timing like {TimingExample}, found {CueLines.Quote(lines[i])}");
                lines.Mark(i++, LineKind.Header);
                if (!SubtitleTime.HasArrow(lines[i]))
                    throw lines.Error(i, $"expected a cue timing like {TimingExample} after the cue identifier, found {CueLines.Quote(lines[i])}");
            }

            var timing = i;
            var number = cues.Count + 1;
            var (start, finish) = SrtParser.Timing(lines, timing, number, TimingExample);
            lines.Mark(i++, LineKind.Header);

            string? voice = null;
            var texts = new List<string>();
            for (; i < end && !SubtitleTime.HasArrow(lines[i]); i++)
            {
                lines.Mark(i, LineKind.SegmentText);
                var line = CueMarkup.Tidy(CueMarkup.DecodeEntities(CueMarkup.WithoutTags(lines[i], out var lineVoice)));
                voice ??= lineVoice is null ? null : CueMarkup.Tidy(CueMarkup.DecodeEntities(lineVoice));
                if (line.Length > 0)
                    texts.Add(line);
            }
            cues.Add(new SubtitleCue(number, start, finish, texts, voice, lines.Number(timing)));
        }
    }

    /// <summary>"WEBVTT", alone or followed by a space or tab and anything.</summary>
    internal static bool IsSignature(string line) => StartsWithWord(line, "WEBVTT");

    private static bool StartsWithWord(string line, string word) =>
        line.StartsWith(word, StringComparison.Ordinal) && (line.Length == word.Length || line[word.Length] is ' ' or '\t');
}
