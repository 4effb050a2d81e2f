using Reader.Transcripts.Parsing;

namespace Reader.Transcripts.Tests.Parsing;

public sealed class SummaryParserTests
{
    [Fact]
    public void VideoLinkIsTakenOutOfTheProse()
    {
        var (summary, _) = Parse("一段简介。 YouTube观看链接:https://www.youtube.com/watch?v=abc 还有一句。");

        Assert.Equal("https://www.youtube.com/watch?v=abc", summary.SourceUrl);
        Assert.DoesNotContain("观看链接", summary.Text);
        Assert.StartsWith("一段简介。", summary.Text);
        Assert.EndsWith("还有一句。", summary.Text);
    }

    [Fact]
    public void FullWidthColonsAreRead()
    {
        var (summary, _) = Parse("简介。 YouTube观看链接：https://youtu.be/abc 章节时间点： 0:00 - 开场 1:00 - 第二章");

        Assert.Equal("https://youtu.be/abc", summary.SourceUrl);
        Assert.Equal(["开场", "第二章"], summary.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void ChapterListMayStartRightAfterTheColon()
    {
        var (summary, _) = Parse("简介。 章节时间点:0:00 - 开场 2:00 - 第二章");

        Assert.Equal(["开场", "第二章"], summary.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void SummaryWithoutLinkOrChaptersIsAllProse()
    {
        var (summary, kinds) = Parse("第一段。", "第二段。");

        Assert.Equal("第一段。\n第二段。", summary.Text);
        Assert.Null(summary.SourceUrl);
        Assert.Empty(summary.Chapters);
        Assert.All(kinds, k => Assert.Equal(LineKind.Summary, k.Kind));
    }

    [Fact]
    public void ChaptersAreReadAcrossSeveralLines()
    {
        var (summary, _) = Parse("简介。", "章节时间点:", "0:00 - 开场", "2:00 - 第二章", "1:02:03 - 第三章");

        Assert.Equal(
            [new ListedChapter(1, 0, "开场", 3), new ListedChapter(2, 120, "第二章", 4), new ListedChapter(3, 3723, "第三章", 5)],
            summary.Chapters);
        Assert.Equal("简介。", summary.Text);
    }

    [Fact]
    public void LinesHoldingOnlyChaptersAreChapters()
    {
        var (_, kinds) = Parse("简介。", "章节时间点:", "0:00 - 开场", "2:00 - 第二章");

        Assert.Equal([LineKind.Summary, LineKind.Chapters, LineKind.Chapters, LineKind.Chapters], kinds.Select(k => k.Kind));
    }

    [Fact]
    public void LineThatStartsWithTheChapterListIsChapters()
    {
        var (_, kinds) = Parse("简介。", "章节时间点: 0:00 - 开场", "2:00 - 第二章");

        Assert.Equal([LineKind.Summary, LineKind.Chapters, LineKind.Chapters], kinds.Select(k => k.Kind));
    }

    [Fact]
    public void LineWithProseAndTheChapterListIsSummary()
    {
        var (_, kinds) = Parse("简介。 章节时间点: 0:00 - 开场 2:00 - 第二章");

        Assert.Equal(LineKind.Summary, Assert.Single(kinds).Kind);
    }

    [Theory]
    [InlineData("0:00 - 开场 2:00 – 第二章 3:00 — 第三章")]
    [InlineData("0:00-开场 2:00–第二章 3:00—第三章")]
    [InlineData("0:00 -  开场  2:00 -   第二章 3:00 - 第三章  ")]
    public void ChapterTimeAndTitleMayBeSeparatedByAnyDash(string chapters)
    {
        var (summary, _) = Parse($"简介。 章节时间点: {chapters}");

        Assert.Equal(["开场", "第二章", "第三章"], summary.Chapters.Select(c => c.Title));
        Assert.Equal([0, 120, 180], summary.Chapters.Select(c => c.StartSeconds));
    }

    [Fact]
    public void TimeInsideAWordDoesNotStartAChapter()
    {
        var (summary, _) = Parse("章节时间点: 0:00 - 开场 版本v2:00 - 发布");

        Assert.Equal("开场 版本v2:00 - 发布", Assert.Single(summary.Chapters).Title);
    }

    [Fact]
    public void TitlesKeepTheirOwnDashesAndLatinWords()
    {
        var (summary, _) = Parse("章节时间点: 0:00 - 开场 4:16 - Gemini 3 - 发布反响 27:22 - Nano Banana Pro功能");

        Assert.Equal(["开场", "Gemini 3 - 发布反响", "Nano Banana Pro功能"], summary.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void EmptyChapterListGivesNoChapters()
    {
        var (summary, _) = Parse("简介。 章节时间点:");

        Assert.Empty(summary.Chapters);
        Assert.Equal("简介。", summary.Text);
    }

    private static (SummaryParser.Result Summary, IReadOnlyList<SourceLine> Kinds) Parse(params string[] lines)
    {
        var cursor = new LineCursor("summary.txt", SourceText.NonBlankLines(string.Join('\n', lines)));
        var taken = new List<TextLine>();
        while (!cursor.AtEnd)
            taken.Add(cursor.Take(LineKind.Summary));
        return (SummaryParser.Parse(cursor, taken), cursor.Accounted);
    }
}
