using Reader.Transcripts.Chapters;
using Reader.Transcripts.Formats;

namespace Reader.Transcripts.Tests.Formats;

public sealed class ChapterListTests
{
    [Theory]
    [InlineData("0:00 - 开场 2:00 - Gemini 3发布反响 1:04:16 - 结束语")]
    [InlineData("章节时间点: 0:00 - 开场 2:00 - Gemini 3发布反响 1:04:16 - 结束语")]
    [InlineData("0:00 - 开场\n2:00 - Gemini 3发布反响\n\n1:04:16 - 结束语\n")]
    public void ListIsTimesAndTitlesOnOneLineOrMany(string text)
    {
        var chapters = ChapterList.Parse("chapters.txt", text);

        Assert.Equal([new ChapterMark(0, "开场"), new ChapterMark(120, "Gemini 3发布反响"), new ChapterMark(3856, "结束语")], chapters);
    }

    [Fact]
    public void ChaptersOutOfOrderAreAnErrorAtTheirLine()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => ChapterList.Parse("chapters.txt", "0:00 - 开场\n5:00 - 后来\n2:00 - 中间"));

        Assert.Equal(("chapters.txt", 3, "expected chapters in time order, found '中间' at 2:00 after '后来' at 5:00"), (error.File, error.Line, error.Expected));
    }

    [Fact]
    public void ChapterStartsAtTheFirstSegmentStillPlayingAtItsTime()
    {
        // Segments end at 10, 20, 30, 40; a chapter at 20 starts the third, one at 25 the third too, as it is playing then.
        var warnings = new List<ParseWarning>();

        var chapters = ChapterList.Place([new(0, "开场"), new(25, "第二章")], [10, 20, 30, 40], warnings);

        Assert.Equal([new Chapter(1, 0, "开场", 1), new Chapter(2, 25, "第二章", 3)], chapters);
        Assert.Empty(warnings);
    }

    [Fact]
    public void ChaptersLandingOnOneSegmentMoveToTheNext()
    {
        var warnings = new List<ParseWarning>();

        var chapters = ChapterList.Place([new(0, "A"), new(11, "B"), new(12, "C")], [10, 20, 30], warnings);

        Assert.Equal([1, 2, 3], chapters.Select(c => c.FirstSegment));
    }

    [Fact]
    public void ChapterWithNoSegmentLeftIsLeftOutWithAWarning()
    {
        var warnings = new List<ParseWarning>();

        var chapters = ChapterList.Place([new(0, "A"), new(5, "B"), new(100, "C")], [10, 20], warnings);

        Assert.Equal([(1, "A", 1), (2, "B", 2)], chapters.Select(c => (c.Ordinal, c.Title, c.FirstSegment)));
        Assert.Equal("the chapter 'C' at 1:40 has no segment left to start at; left out", Assert.Single(warnings).Message);
    }

    [Fact]
    public void FirstChapterStartsTheTranscriptEvenWhenListedLater()
    {
        var chapters = ChapterList.Place([new(15, "A")], [10, 20], []);

        Assert.Equal(new Chapter(1, 15, "A", 1), Assert.Single(chapters));
    }

    [Fact]
    public void AListOverTheChapterSidecarsLimitIsRefusedBeforeItIsParsedNamingTheLine()
    {
        var chapter = "1:00 - 第一章\n";
        var text = string.Concat(Enumerable.Repeat(chapter, ChapterSidecar.MaxBytes / System.Text.Encoding.UTF8.GetByteCount(chapter) + 10));

        var error = Assert.Throws<TranscriptFormatException>(() => ChapterList.Parse("a.chapters.txt", text));

        Assert.Equal(("a.chapters.txt", ChapterSidecar.MaxBytes / System.Text.Encoding.UTF8.GetByteCount(chapter) + 1), (error.File, error.Line));
        Assert.StartsWith("expected a chapter list of at most 1 MiB, found 1 MiB", error.Expected);
    }
}
