using System.Globalization;
using System.Text.RegularExpressions;

namespace Reader.Transcripts.Parsing;

/// <summary>
/// Reads the transcript body: after an app note, segments of
/// <code>
/// Speaker N
/// &lt;Chinese line&gt;
/// &lt;English line&gt;
/// </code>
/// up to the site footer (<c>关于 Bayt 播客</c> and everything after it). The footer can only stand after the
/// last segment: a line shaped like its first line counts as the footer only when no <c>Speaker N</c> line
/// (nor the app's "show the rest" button) follows it, and of several such lines the last. Anywhere else a
/// line that merely resembles it ("关于这个播客") is segment text, or an error where no text can stand.
/// </summary>
internal static partial class SegmentParser
{
    [GeneratedRegex(@"^Speaker\s+(?<n>[0-9]{1,4})$")]
    private static partial Regex SpeakerLine();

    // A speaker label with more digits than the export ever writes, refused with the limit said.
    [GeneratedRegex(@"^Speaker\s+[0-9]{5,}$")]
    private static partial Regex BeyondSpeakerLabels();

    // The app's "show the rest" button, sometimes glued to the next line: "展开剩余字幕(还有 291 条)".
    [GeneratedRegex(@"^展开剩余字幕\s*[(（]\s*还有\s*(?<count>[0-9]{1,7})\s*条\s*[)）]\s*")]
    private static partial Regex ShowMoreButton();

    [GeneratedRegex(@"^关于\s*\S+\s*播客$")]
    private static partial Regex FooterStart();

    /// <summary>Whether the line is a segment's <c>Speaker N</c> label; <see cref="Formats.SourceFormats"/> knows the export by it.</summary>
    public static bool IsSpeakerLine(string line) => SpeakerLine().IsMatch(line);

    public static string SpeakerLabel(int number) => $"Speaker {number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>One label string per speaker, not one per segment.</summary>
    private sealed class Labels
    {
        private readonly Dictionary<int, string> labels = [];

        public string For(int number) => labels.TryGetValue(number, out var label) ? label : labels[number] = SpeakerLabel(number);
    }

    /// <summary>The line number of the footer's first line, if the text has a footer (see the class summary).</summary>
    public static int? FooterLine(string text)
    {
        int? footer = null;
        var walker = new SourceText.LineWalker(text);
        while (walker.Next(out var number, out var start, out var length))
        {
            var line = text.AsSpan(start, length);
            if (line[0] == 'S' && SpeakerLine().IsMatch(line) || line[0] == '展' && ShowMoreButton().IsMatch(line))
                footer = null;
            else if (line[0] == '关' && FooterStart().IsMatch(line))
                footer = number;
        }
        return footer;
    }

    /// <param name="footerLine">Where the footer starts, as <see cref="FooterLine"/> finds it; null for a text without one.</param>
    public static List<RawSegment> Parse(LineCursor cursor, List<ParseWarning> warnings, int? footerLine)
    {
        SkipAppNote(cursor, footerLine);

        var segments = new List<RawSegment>();
        var labels = new Labels();
        (int Line, int Count, int SegmentsBefore)? showMore = null;

        while (!cursor.AtEnd)
        {
            var text = cursor.Current.Text;
            if (cursor.Current.Number == footerLine)
            {
                while (!cursor.AtEnd)
                    cursor.Take(LineKind.Footer);
                break;
            }

            var button = text[0] == '展' ? ShowMoreButton().Match(text) : Match.Empty;
            if (button.Success)
            {
                showMore = (cursor.Current.Number, int.Parse(button.Groups["count"].Value, CultureInfo.InvariantCulture), segments.Count);
                text = text[button.Length..];
                if (text.Length == 0)
                {
                    cursor.Take(LineKind.Artifact);
                    continue;
                }
            }

            var speaker = SpeakerLine().Match(text);
            if (!speaker.Success && BeyondSpeakerLabels().IsMatch(text))
                throw cursor.Error(cursor.Current.Number, $"expected Speaker 0–9999 (at most four digits), found '{EpisodeHeaderParser.Shorten(text)}'");
            if (!speaker.Success)
                throw cursor.Error(cursor.Current.Number,
                    segments.Count == 0
                        ? $"expected the first segment's 'Speaker N' line, found '{EpisodeHeaderParser.Shorten(text)}'"
                        : $"expected 'Speaker N' (a segment has one Chinese and one English line), found '{EpisodeHeaderParser.Shorten(text)}'");

            var label = cursor.Take(LineKind.SpeakerLabel);
            var number = int.Parse(speaker.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            segments.Add(ReadSegment(cursor, segments.Count + 1, labels.For(number), label.Number, warnings, footerLine));
        }

        if (segments.Count == 0)
            throw cursor.Error(cursor.LastLineNumber, "expected at least one segment ('Speaker N', then a Chinese and an English line), found none");

        if (showMore is { } claim && segments.Count - claim.SegmentsBefore != claim.Count)
            warnings.Add(new ParseWarning(claim.Line,
                $"the app's '展开剩余字幕' note promises {claim.Count} more segments, but {segments.Count - claim.SegmentsBefore} follow"));

        return segments;
    }

    /// <summary>The line or lines between 双语字幕 and the first segment describe the app, not the episode.</summary>
    private static void SkipAppNote(LineCursor cursor, int? footerLine)
    {
        while (!cursor.AtEnd && !SpeakerLine().IsMatch(cursor.Current.Text) && !ShowMoreButton().IsMatch(cursor.Current.Text)
               && cursor.Current.Number != footerLine)
            cursor.Take(LineKind.Artifact);
    }

    private static RawSegment ReadSegment(LineCursor cursor, int index, string label, int line, List<ParseWarning> warnings, int? footerLine)
    {
        var first = TakeText(cursor, footerLine);
        var second = first is null ? null : TakeText(cursor, footerLine);

        switch (first, second)
        {
            case (not null, not null):
                // Position decides: the first line is the Chinese one even when it has no Han characters ("Gemini 3。").
                return new RawSegment(index, label, first, second, line);
            case (not null, null) when ChineseCharacters.ContainsHan(first):
                warnings.Add(new ParseWarning(line, $"segment {index} ({label}) has no English line; kept with the English marked missing"));
                return new RawSegment(index, label, first, null, line);
            case (not null, null):
                warnings.Add(new ParseWarning(line, $"segment {index} ({label}) has no Chinese line; kept with the Chinese marked missing"));
                return new RawSegment(index, label, null, first, line);
            default:
                throw cursor.Error(line, $"expected a Chinese and an English line after '{label}', found {(cursor.AtEnd ? "the end of the file" : $"'{EpisodeHeaderParser.Shorten(cursor.Current.Text)}'")}");
        }
    }

    private static string? TakeText(LineCursor cursor, int? footerLine) =>
        cursor.AtEnd || cursor.Current.Number == footerLine || IsSegmentStart(cursor.Current.Text) ? null : cursor.Take(LineKind.SegmentText).Text;

    // Nearly every line is segment text: a first-character check spares it two regular expressions.
    private static bool IsSegmentStart(string text) => text[0] switch
    {
        'S' => SpeakerLine().IsMatch(text),
        '展' => ShowMoreButton().IsMatch(text),
        _ => false,
    };
}
