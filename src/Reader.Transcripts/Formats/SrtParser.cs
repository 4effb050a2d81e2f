using System.Globalization;

namespace Reader.Transcripts.Formats;

/// <summary>
/// SubRip subtitles: cues of
/// <code>
/// 1
/// 00:01:02,500 --> 00:01:04,000
/// &lt;text line&gt;
/// &lt;text line&gt;
/// </code>
/// separated by a blank line. Read as players read them, not as the rule is written: a cue starts at a timing
/// line, or at a number line just before one, so a missing blank line or cue number loses nothing; a point for
/// the comma, and hours of one or many digits, are times too. Cues are sorted by start (overlapping ones kept).
/// Tags (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;font …&gt;</c>) and override blocks (<c>{\an8}</c>) are stripped.
/// </summary>
public static class SrtParser
{
    public const string TimingExample = "00:01:02,500 --> 00:01:04,000";

    public static SubtitleFile Parse(string file, string text)
    {
        var lines = new CueLines(file, text);
        var cues = new List<SubtitleCue>();
        var i = 0;
        while (i < lines.Count)
        {
            int? number = null;
            if (IsCueNumber(lines, i))
            {
                number = int.Parse(lines[i], CultureInfo.InvariantCulture);
                lines.Mark(i++, LineKind.Header);
            }
            if (!SubtitleTime.HasArrow(lines[i]))
                throw lines.Error(i, $"expected a cue timing like {TimingExample}, found {CueLines.Quote(lines[i])}");

            var timing = i;
            lines.Mark(i++, LineKind.Header);
            var cueNumber = number ?? cues.Count + 1;
            var (start, end) = Timing(lines, timing, cueNumber);

            var texts = new List<string>();
            for (; i < lines.Count && !SubtitleTime.HasArrow(lines[i]) && !IsCueNumber(lines, i); i++)
            {
                CheckNotAMistypedTiming(lines, i);
                lines.Mark(i, LineKind.SegmentText);
                if (Strip(lines[i]) is { Length: > 0 } line)
                    texts.Add(line);
            }
            cues.Add(new SubtitleCue(cueNumber, start, end, texts, null, lines.Number(timing)));
        }

        var warnings = new List<ParseWarning>();
        return new SubtitleFile(file, SourceFormat.Srt, null, InTimeOrder(cues, warnings), warnings, lines.Accounted);
    }

    /// <summary>The cue's start and end, or the error a subtitle author needs: the line as written, the cue it times.</summary>
    internal static (double Start, double End) Timing(CueLines lines, int index, int cueNumber, string example = TimingExample)
    {
        if (!SubtitleTime.TryParseTiming(lines[index], out var start, out var end))
            throw lines.Error(index, $"expected a cue timing like {example}, found {CueLines.Quote(lines[index])}");
        if (end < start)
            throw lines.Error(index, $"expected cue {cueNumber} to end after it starts, found {CueLines.Quote(lines[index])}");
        return (start, end);
    }

    /// <summary>
    /// Sorted by start, cues of one start in file order. A warning, where given, says once that the file had them
    /// otherwise: in SRT and WebVTT that is unusual, while ASS files often list one style's events after another's.
    /// </summary>
    internal static IReadOnlyList<SubtitleCue> InTimeOrder(List<SubtitleCue> cues, List<ParseWarning>? warnings)
    {
        for (var k = 1; k < cues.Count; k++)
        {
            if (cues[k].StartSeconds < cues[k - 1].StartSeconds)
            {
                warnings?.Add(new ParseWarning(cues[k].Line, $"cue {cues[k].Number} starts before the cue above it; the cues are put in time order"));
                return [.. cues.OrderBy(c => c.StartSeconds)];
            }
        }
        return cues;
    }

    /// <summary>A line of digits only, just before a timing line: the cue's number, even without a blank line before it.</summary>
    private static bool IsCueNumber(CueLines lines, int index) =>
        index + 1 < lines.Count && lines[index].Length <= 9 && !lines[index].AsSpan().ContainsAnyExceptInRange('0', '9')
        && SubtitleTime.HasArrow(lines[index + 1]);

    /// <summary>
    /// "1" then "00:01:02,500 - 00:01:04,000": a number opening a block and then a time is a cue whose timing is
    /// mistyped, not two lines of text. A number inside a cue's text ("1984") is text.
    /// </summary>
    private static void CheckNotAMistypedTiming(CueLines lines, int index)
    {
        if (index + 1 < lines.Count && lines.StartsBlock(index) && !lines[index].AsSpan().ContainsAnyExceptInRange('0', '9')
            && lines[index + 1] is [>= '0' and <= '9', ..] next && next.AsSpan(0, Math.Min(next.Length, 4)).Contains(':'))
            throw lines.Error(index + 1, $"expected a cue timing like {TimingExample}, found {CueLines.Quote(next)}");
    }

    private static string Strip(string line) => CueMarkup.Tidy(CueMarkup.WithoutBraces(CueMarkup.WithoutTags(line, out _), overridesOnly: true));
}
