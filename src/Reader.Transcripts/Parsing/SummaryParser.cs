using System.Text;
using System.Text.RegularExpressions;

namespace Reader.Transcripts.Parsing;

/// <summary>
/// Splits the summary paragraph into its prose, the video link (<c>YouTube观看链接:&lt;url&gt;</c>) and the
/// chapter list (<c>章节时间点: 0:00 - 开场 2:00 - Gemini 3发布反响 …</c>), which may also run over several lines.
/// </summary>
internal static partial class SummaryParser
{
    [GeneratedRegex(@"[A-Za-z0-9]*观看链接[:：]\s*(?<url>https?://\S+)")]
    private static partial Regex VideoLink();

    [GeneratedRegex(@"章节时间点[:：]")]
    private static partial Regex ChapterHeading();

    // "a chapter is `m:ss - title` or `h:mm:ss - title`"; a time only counts at the start, after white space
    // or right after the heading's colon.
    [GeneratedRegex(@"(?<![^\s:：])(?<time>[0-9]+(?::[0-9]+)+)\s*[-–—]\s*")]
    private static partial Regex ChapterStart();

    public sealed record Result(string Text, string? SourceUrl, IReadOnlyList<ListedChapter> Chapters);

    public static Result Parse(LineCursor cursor, IReadOnlyList<TextLine> lines)
    {
        var text = new StringBuilder();
        var lineStarts = new List<(int Offset, int Number)>();
        foreach (var line in lines)
        {
            lineStarts.Add((text.Length, line.Number));
            text.Append(line.Text).Append('\n');
        }
        var block = text.ToString();
        int LineAt(int offset) => lineStarts.Last(l => l.Offset <= offset).Number;

        var heading = ChapterHeading().Match(block);
        var proseEnd = heading.Success ? heading.Index : block.Length;
        var chapters = heading.Success
            ? ParseChapters(cursor, block, heading.Index + heading.Length, LineAt)
            : [];

        // Lines of nothing but the chapter list (from its heading on) are chapter lines; a line that also holds prose stays summary.
        if (heading.Success)
        {
            foreach (var (offset, number) in lineStarts)
            {
                if (offset >= heading.Index || block[offset..heading.Index].Trim().Length == 0 && block.IndexOf('\n', offset) > heading.Index)
                    cursor.Reclassify(number, LineKind.Chapters);
            }
        }

        var prose = block[..proseEnd];
        var link = VideoLink().Match(prose);
        if (link.Success)
            prose = prose.Remove(link.Index, link.Length);

        return new Result(Tidy(prose), link.Success ? link.Groups["url"].Value : null, chapters);
    }

    private static List<ListedChapter> ParseChapters(LineCursor cursor, string block, int start, Func<int, int> lineAt)
    {
        var starts = ChapterStart().Matches(block, start);
        var leading = (starts.Count > 0 ? block[start..starts[0].Index] : block[start..]).Trim();
        if (leading.Length > 0)
            throw cursor.Error(lineAt(start), $"expected a chapter 'm:ss - title' after 章节时间点:, found '{EpisodeHeaderParser.Shorten(leading)}'");

        var chapters = new List<ListedChapter>();
        for (var i = 0; i < starts.Count; i++)
        {
            var match = starts[i];
            var line = lineAt(match.Index);
            var time = match.Groups["time"].Value;
            if (!ChapterTime.TryParse(time, out var seconds))
                throw cursor.Error(line, $"expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '{time}'");

            var titleEnd = i + 1 < starts.Count ? starts[i + 1].Index : block.Length;
            var title = Tidy(block[(match.Index + match.Length)..titleEnd]);
            if (title.Length == 0)
                throw cursor.Error(line, $"expected a title after the chapter time '{time} - '");

            if (chapters.Count > 0 && seconds <= chapters[^1].StartSeconds)
                throw cursor.Error(line,
                    $"expected chapters in time order, found '{title}' at {time} after '{chapters[^1].Title}' at {ChapterTime.Format(chapters[^1].StartSeconds)}");

            chapters.Add(new ListedChapter(chapters.Count + 1, seconds, title, line));
        }
        return chapters;
    }

    private static string Tidy(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
