using Reader.Transcripts.Parsing;

namespace Reader.Transcripts.Tests.Parsing;

public sealed class SegmentParserTests
{
    [Fact]
    public void SegmentIsALabelThenChineseThenEnglish()
    {
        var (segments, warnings, _) = Parse("Speaker 0", "你好。", "Hello.", "Speaker 1", "嗨。", "Hi.");

        Assert.Equal([new RawSegment(1, "Speaker 0", "你好。", "Hello.", 1), new RawSegment(2, "Speaker 1", "嗨。", "Hi.", 4)], segments);
        Assert.Empty(warnings);
    }

    [Fact]
    public void AppNoteBeforeTheFirstSegmentIsAnArtifact()
    {
        var (_, _, lines) = Parse("仅展示文本字幕。", "请使用 App。", "Speaker 0", "你好。", "Hello.");

        Assert.Equal([LineKind.Artifact, LineKind.Artifact, LineKind.SpeakerLabel, LineKind.SegmentText, LineKind.SegmentText], lines.Select(l => l.Kind));
    }

    [Fact]
    public void SegmentWithOnlyAChineseLineKeepsItAsChinese()
    {
        var (segments, warnings, _) = Parse("Speaker 0", "只有中文。", "Speaker 1", "嗨。", "Hi.");

        Assert.Equal(new RawSegment(1, "Speaker 0", "只有中文。", null, 1), segments[0]);
        var warning = Assert.Single(warnings);
        Assert.Equal(1, warning.Line);
        Assert.Contains("no English line", warning.Message);
    }

    [Fact]
    public void SegmentWithOnlyAnEnglishLineKeepsItAsEnglish()
    {
        var (segments, warnings, _) = Parse("Speaker 0", "你好。", "Hello.", "Speaker 1", "at,", "Speaker 0", "嗨。", "Hi.");

        Assert.Equal(new RawSegment(2, "Speaker 1", null, "at,", 4), segments[1]);
        Assert.Equal(new RawSegment(3, "Speaker 0", "嗨。", "Hi.", 6), segments[2]);
        Assert.Equal(4, Assert.Single(warnings).Line);
    }

    [Fact]
    public void FooterEndsTheSegmentsAndTakesEverythingAfterIt()
    {
        var (segments, _, lines) = Parse("Speaker 0", "你好。", "Hello.", "关于 Bayt 播客", "Bayt 提供中文+原文双语音频和字幕。", "继续浏览更多播客");

        Assert.Single(segments);
        Assert.All(lines.Skip(3), l => Assert.Equal(LineKind.Footer, l.Kind));
    }

    [Theory]
    [InlineData("关于这个播客", "About this podcast.")]
    [InlineData("关于 Bayt 播客", "About Bayt.")]
    [InlineData("你好。", "关于这个播客")]
    public void LineLikeTheFooterInsideTheSegmentsStaysASegment(string zh, string en)
    {
        var (segments, _, lines) = Parse("Speaker 0", zh, en, "Speaker 1", "嗨。", "Hi.", "关于 Bayt 播客", "继续浏览更多播客");

        Assert.Equal([new RawSegment(1, "Speaker 0", zh, en, 1), new RawSegment(2, "Speaker 1", "嗨。", "Hi.", 4)], segments);
        Assert.Equal([7, 8], lines.Where(l => l.Kind == LineKind.Footer).Select(l => l.Number));
    }

    [Fact]
    public void LineLikeTheFooterInTheLastSegmentStaysASegmentBeforeTheRealFooter()
    {
        var (segments, _, lines) = Parse("Speaker 0", "你好。", "Hello.", "Speaker 1", "关于这个播客", "About this podcast.", "关于 Bayt 播客", "继续浏览更多播客");

        Assert.Equal(new RawSegment(2, "Speaker 1", "关于这个播客", "About this podcast.", 4), segments[^1]);
        Assert.Equal([7, 8], lines.Where(l => l.Kind == LineKind.Footer).Select(l => l.Number));
    }

    [Fact]
    public void FooterLineBetweenSegmentsIsRejectedRatherThanEndingTheTranscript()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("Speaker 0", "你好。", "Hello.", "关于 Bayt 播客", "Speaker 1", "嗨。", "Hi."));

        Assert.Equal(("body.txt", 4), (error.File, error.Line));
        Assert.Contains("expected 'Speaker N'", error.Expected);
        Assert.Contains("'关于 Bayt 播客'", error.Expected);
    }

    [Fact]
    public void ShowMoreButtonBeforeTheFirstSegmentIsCounted()
    {
        var (segments, warnings, lines) = Parse("展开剩余字幕(还有 2 条)", "Speaker 0", "你好。", "Hello.", "Speaker 1", "嗨。", "Hi.");

        Assert.Equal(2, segments.Count);
        Assert.Empty(warnings);
        Assert.Equal(LineKind.Artifact, lines[0].Kind);
    }

    [Theory]
    [InlineData("展开剩余字幕(还有 1 条)")]
    [InlineData("展开剩余字幕（还有1条）")]
    [InlineData("展开剩余字幕 ( 还有 1 条 )")]
    public void ShowMoreButtonIsRecognisedWithEitherParentheses(string button)
    {
        var (segments, warnings, lines) = Parse("Speaker 0", "你好。", "Hello.", button, "Speaker 1", "嗨。", "Hi.");

        Assert.Equal(2, segments.Count);
        Assert.Empty(warnings);
        Assert.Equal(LineKind.Artifact, lines[3].Kind);
    }

    [Theory]
    [InlineData("Speaker 10000")]
    [InlineData("Speaker 123456789012")]
    public void ASpeakerNumberPastTheLabelsIsRefusedSayingTheLimit(string label)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("Speaker 0", "你好。", "Hello.", label, "嗨。", "Hi."));

        Assert.Equal(("body.txt", 4), (error.File, error.Line));
        Assert.Equal($"expected Speaker 0–9999 (at most four digits), found '{label}'", error.Expected);
    }

    private static (List<RawSegment> Segments, List<ParseWarning> Warnings, IReadOnlyList<SourceLine> Lines) Parse(params string[] lines)
    {
        var text = string.Join('\n', lines);
        var cursor = new LineCursor("body.txt", SourceText.NonBlankLines(text));
        var warnings = new List<ParseWarning>();
        var segments = SegmentParser.Parse(cursor, warnings, SegmentParser.FooterLine(text));
        return (segments, warnings, cursor.Accounted);
    }
}
