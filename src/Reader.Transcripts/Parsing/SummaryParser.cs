using System.Text;
using System.Text.RegularExpressions;

namespace Reader.Transcripts.Parsing;

/// <summary>
/// Splits the summary paragraph into its prose, the video link (<c>YouTube观看链接:&lt;url&gt;</c>) and the
/// chapter list (<c>章节时间点: 0:00 - 开场 2:00 - Gemini 3发布反响 …</c>), which may also run over several lines.
/// Linear in the size of the summary: the block is built once and every lookup into it is a search, not a copy.
/// </summary>
internal static partial class SummaryParser
{
    [GeneratedRegex(@"观看链接[:：]\s*(?<url>https?://\S+)")]
    private static partial Regex VideoLink();

    [GeneratedRegex(@"章节时间点[:：]")]
    private static partial Regex ChapterHeading();

    // "a chapter is `m:ss - title` or `h:mm:ss - title`"; a time only counts at the start of the list or after
    // white space. Anything shaped like a time before a dash is taken (full-width or other digits, a sign, a
    // decimal point, doubled colons, spaces around a colon), so that a mistyped time is reported rather than
    // read as part of the previous chapter's title; ChapterTime then decides whether it is one. The group is
    // atomic so that a long run of colons and digits is read once, not backtracked into.
    [GeneratedRegex(@"(?<!\S)(?<time>(?>[-+−]?[.．]*\d[\d.．]*(?:[ \t\u3000]*[:：]+[ \t\u3000]*[\d.．]*)+))\s*[-–—]\s*")]
    private static partial Regex ChapterStart();

    public sealed record Result(string Text, string? SourceUrl, IReadOnlyList<ListedChapter> Chapters);

    public static Result Parse(LineCursor cursor, IReadOnlyList<TextLine> lines)
    {
        var (block, lineStarts) = Block(lines);
        int LineIndexAt(int offset)
        {
            var found = lineStarts.BinarySearch(offset);
            return found >= 0 ? found : ~found - 1;
        }
        int LineAt(int offset) => lines[LineIndexAt(offset)].Number;

        var heading = ChapterHeading().Match(block);
        var proseEnd = heading.Success ? heading.Index : block.Length;
        var chapters = heading.Success
            ? ParseChapters(cursor, block, heading.Index + heading.Length, LineAt)
            : [];

        // Lines of nothing but the chapter list (from its heading on) are chapter lines; a line that also holds prose stays summary.
        if (heading.Success)
        {
            var headingLine = LineIndexAt(heading.Index);
            var first = block.AsSpan(lineStarts[headingLine], heading.Index - lineStarts[headingLine]).IsWhiteSpace() ? headingLine : headingLine + 1;
            for (var i = first; i < lines.Count; i++)
                cursor.Reclassify(lines[i].Number, LineKind.Chapters);
        }

        var prose = block[..proseEnd];
        var link = VideoLink().Match(prose);
        string? url = null;
        if (link.Success)
        {
            // The label's prefix names the site ("YouTube观看链接"); it goes with the link.
            var start = link.Index;
            while (start > 0 && char.IsAsciiLetterOrDigit(prose[start - 1]))
                start--;
            url = link.Groups["url"].Value;
            prose = prose.Remove(start, link.Index + link.Length - start);
        }

        return new Result(Tidy(prose), url, chapters);
    }

    /// <summary>A chapter list on its own, as pasted beside subtitles: <c>0:00 - 开场 2:00 - …</c>, its 章节时间点: heading optional.</summary>
    public static IReadOnlyList<ListedChapter> ParseChapterList(LineCursor cursor, IReadOnlyList<TextLine> lines)
    {
        var (block, lineStarts) = Block(lines);
        int LineAt(int offset)
        {
            var found = lineStarts.BinarySearch(offset);
            return lines[found >= 0 ? found : ~found - 1].Number;
        }
        var heading = ChapterHeading().Match(block);
        return ParseChapters(cursor, block, heading.Success ? heading.Index + heading.Length : 0, LineAt);
    }

    /// <summary>The lines as one block, each ended by a line break, and where each starts in it.</summary>
    private static (string Block, List<int> LineStarts) Block(IReadOnlyList<TextLine> lines)
    {
        var text = new StringBuilder();
        var lineStarts = new List<int>(lines.Count);
        foreach (var line in lines)
        {
            lineStarts.Add(text.Length);
            text.Append(line.Text).Append('\n');
        }
        return (text.ToString(), lineStarts);
    }

    private static List<ListedChapter> ParseChapters(LineCursor cursor, string block, int start, Func<int, int> lineAt)
    {
        // Matched within the list alone, so that the heading's colon counts as the start of the list.
        var starts = new List<Match>();
        for (var match = ChapterStart().Match(block, start, block.Length - start); match.Success; match = match.NextMatch())
            starts.Add(match);
        var leading = block.AsSpan(start, (starts.Count > 0 ? starts[0].Index : block.Length) - start).Trim();
        if (leading.Length > 0)
            throw cursor.Error(lineAt(start), $"expected a chapter 'm:ss - title' after 章节时间点:, found '{EpisodeHeaderParser.Shorten(leading.ToString())}'");

        var chapters = new List<ListedChapter>();
        for (var i = 0; i < starts.Count; i++)
        {
            var match = starts[i];
            var line = lineAt(match.Index);
            var time = match.Groups["time"].Value;
            if (!ChapterTime.TryParse(FullWidthToAscii(time), out var seconds))
                throw cursor.Error(line, $"expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '{EpisodeHeaderParser.Shorten(time)}'");

            var titleEnd = i + 1 < starts.Count ? starts[i + 1].Index : block.Length;
            var title = Tidy(block[(match.Index + match.Length)..titleEnd]);
            if (title.Length == 0)
                throw cursor.Error(line, $"expected a title after the chapter time '{time} - '");

            if (chapters.Count > 0 && seconds <= chapters[^1].StartSeconds)
                throw cursor.Error(line,
                    $"expected chapters in time order, found '{EpisodeHeaderParser.Shorten(title)}' at {time} after '{EpisodeHeaderParser.Shorten(chapters[^1].Title)}' at {ChapterTime.Format(chapters[^1].StartSeconds)}");

            chapters.Add(new ListedChapter(chapters.Count + 1, seconds, title, line));
        }
        return chapters;
    }

    /// <summary>
    /// A Chinese summary may type its times with a full-width input method ("０:３０"); those digits and the
    /// full-width colon mean the same time, so they are read as it. Other digits (Arabic-Indic and so on) are not.
    /// </summary>
    private static string FullWidthToAscii(string time) => string.Create(time.Length, time, (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            chars[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c == '：' ? ':' : c;
        }
    });

    private static string Tidy(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
