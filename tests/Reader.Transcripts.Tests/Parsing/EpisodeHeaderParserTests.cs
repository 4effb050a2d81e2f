using Reader.Transcripts.Parsing;

namespace Reader.Transcripts.Tests.Parsing;

public sealed class EpisodeHeaderParserTests
{
    [Fact]
    public void ShowIsWhatPrecedesTheChineseTitleOnTheCover()
    {
        var text = new TranscriptText { Cover = "A - B Show - 标题 - 副标题 封面", TitleZh = "标题 - 副标题" };

        var (header, warnings) = ParseHeader(text);

        Assert.Equal("A - B Show", header.Show);
        Assert.Empty(warnings);
    }

    [Fact]
    public void CoverTitleDifferentFromTheChineseTitleGivesTheShowBeforeTheFirstDashAndAWarning()
    {
        var text = new TranscriptText { Cover = "Test Show - 另一个标题 封面" };

        var (header, warnings) = ParseHeader(text);

        Assert.Equal("Test Show", header.Show);
        Assert.Equal(1, Assert.Single(warnings).Line);
    }

    [Fact]
    public void CoverWithNothingAfterTheDashGivesTheShowAndAWarning()
    {
        var text = new TranscriptText { Cover = "Test Show - 封面" };

        var (header, warnings) = ParseHeader(text);

        Assert.Equal("Test Show", header.Show);
        Assert.Equal(1, Assert.Single(warnings).Line);
    }

    [Fact]
    public void TitlesAreTheTwoLinesAfterTheCover()
    {
        var text = new TranscriptText();

        var (header, _) = ParseHeader(text);

        Assert.Equal("测试节目", header.TitleZh);
        Assert.Equal("Ada Lovelace: Engines of Thought", header.TitleEn);
    }

    [Theory]
    [InlineData(0, 3, "expected the Chinese title, found '本集简介'")]
    [InlineData(1, 5, "expected the English title, found '本集简介'")]
    public void MissingTitleIsRejected(int titles, int line, string expected)
    {
        var text = new TranscriptText { TitleZh = titles > 0 ? "测试节目" : null, TitleEn = null };

        var error = Assert.Throws<TranscriptFormatException>(() => ParseHeader(text));

        Assert.Equal(line, error.Line);
        Assert.Equal(expected, error.Expected);
    }

    [Fact]
    public void FileEndingAfterTheCoverIsRejectedAtTheCover()
    {
        var cursor = new LineCursor("short.txt", SourceText.NonBlankLines("Test Show - 测试节目 封面\n\n"));

        var error = Assert.Throws<TranscriptFormatException>(() => EpisodeHeaderParser.Parse(cursor, []));

        Assert.Equal(1, error.Line);
        Assert.Equal("expected the Chinese title, found the end of the file", error.Expected);
    }

    [Fact]
    public void LongTextInAnErrorIsShortened()
    {
        var cover = new string('x', 100);
        var text = new TranscriptText { Cover = cover };

        var error = Assert.Throws<TranscriptFormatException>(() => ParseHeader(text));

        Assert.Contains($"found '{cover[..57]}…'", error.Expected);
    }

    [Fact]
    public void HeaderLinesAreAccountedAsHeaderAndTheSummaryAsSummary()
    {
        var text = new TranscriptText { Chapters = null };
        var cursor = new LineCursor(TranscriptText.File, SourceText.NonBlankLines(text.Text));

        EpisodeHeaderParser.Parse(cursor, []);

        Assert.Equal(
            [new(1, LineKind.Header), new(3, LineKind.Header), new(5, LineKind.Header), new(7, LineKind.Header), new(9, LineKind.Summary), new SourceLine(11, LineKind.Header)],
            cursor.Accounted);
    }

    private static (EpisodeHeader Header, List<ParseWarning> Warnings) ParseHeader(TranscriptText text)
    {
        var cursor = new LineCursor(TranscriptText.File, SourceText.NonBlankLines(text.Text));
        var warnings = new List<ParseWarning>();
        return (EpisodeHeaderParser.Parse(cursor, warnings), warnings);
    }
}
