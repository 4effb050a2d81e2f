using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reader.Transcripts.Exports;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests.Exports;

public sealed class MarkdownExportTests
{
    private static readonly string[] SeedChapterHeadings =
    [
        "0:00 开场", "2:00 Gemini 3发布反响", "4:16 持续进步与创新", "6:47 Gemini改进关键领域", "11:45 模型改进的产品支撑",
        "13:56 首席AI架构师角色", "17:04 工程思维与协作", "18:37 Gemini未来增长领域", "20:33 从研究到工程思维的转变",
        "23:22 生成式媒体的崛起", "27:22 Nano Banana Pro功能", "29:31 迈向统一模型检查点", "36:26 组织架构助力AI成功",
        "38:26 探索与规模化的平衡", "41:40 DeepMind协作文化", "45:21 谷歌创新实践", "48:37 结束语",
    ];

    private static readonly Dictionary<string, string> SeedNames = new()
    {
        ["Speaker 0"] = "Logan Kilpatrick",
        ["Speaker 1"] = "Koray Kavukcuoglu",
    };

    // The seed, read back through Markdig

    [Fact]
    public void TitleIsTheOnlyLevelOneHeading()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        var title = Assert.Single(document.OfType<HeadingBlock>(), h => h.Level == 1);
        Assert.Same(document[0], title);
        Assert.Equal("科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”", TextOf(title.Inline));
    }

    [Fact]
    public void EnglishTitleIsEmphasizedUnderTheTitle()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        var subtitle = Assert.IsType<ParagraphBlock>(document[1]);
        var emphasis = Assert.IsType<EmphasisInline>(Assert.Single(subtitle.Inline!));
        Assert.Equal(1, emphasis.DelimiterCount);
        Assert.Equal(Seed.Transcript.Episode.TitleEn, TextOf(emphasis));
    }

    [Fact]
    public void LevelTwoHeadingsAreTheSeventeenChapters()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal(SeedChapterHeadings, document.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(h => TextOf(h.Inline)));
    }

    [Fact]
    public void NoHeadingsOtherThanTitleAndChapters()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal(1 + 17, document.Descendants<HeadingBlock>().Count());
    }

    [Fact]
    public void BoldParagraphsAreTheTurnsInOrderWithTheSpeakersNames()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal(Seed.TurnsOf(Seed.Transcript.Segments).Select(t => SeedNames[t.Speaker]), document.OfType<ParagraphBlock>().Where(IsTurn).Select(SpeakerOf));
    }

    [Fact]
    public void TurnsGiveTheirEstimatedTimesInOrder()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        var times = document.OfType<ParagraphBlock>().Where(IsTurn).Select(p => TextOf(p.Inline).Split(" ≈")[1]).ToList();
        Assert.Equal("0:00", times[0]);
        Assert.All(times, t => Assert.True(ChapterTime.TryParse(t, out _), $"'{t}' is not a time"));
        Assert.Equal(times.Select(Seconds).Order(), times.Select(Seconds));
    }

    [Fact]
    public void SegmentParagraphsHoldTheSourceLines()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal(Seed.Transcript.Segments.Select(BothLines), SegmentTexts(document));
    }

    [Fact]
    public void ChineseAndEnglishLinesAreJoinedByAHardLineBreak()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        var first = document.SkipWhile(b => !IsTurn(b)).Skip(1).OfType<ParagraphBlock>().First();
        var lineBreak = Assert.Single(first.Inline!.OfType<LineBreakInline>());
        Assert.True(lineBreak.IsHard);
    }

    [Fact]
    public void ChineseModeParagraphsHoldOnlyTheChineseLines()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.From("zh", null));

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal(Seed.Transcript.Segments.Where(s => s.Zh is not null).Select(s => s.Zh), SegmentTexts(document));
    }

    [Fact]
    public void HidingTheHostLeavesOnlyTheGuestsTurns()
    {
        var markdown = MarkdownExport.Write(Seed.Transcript, ExportOptions.From(null, "Speaker 0"));

        var document = Markdig.Markdown.Parse(markdown);
        Assert.All(document.OfType<ParagraphBlock>().Where(IsTurn), p => Assert.Equal("Koray Kavukcuoglu", SpeakerOf(p)));
        Assert.Equal(Seed.Transcript.Segments.Where(s => s.Speaker == "Speaker 1").Select(BothLines), SegmentTexts(document));
    }

    // Hostile text

    [Theory]
    [InlineData("中文", "*_[]<>#|~&\\")]
    [InlineData("1. 第一", "1. First")]
    [InlineData("- 列表", "- item")]
    [InlineData("+ 加号", "+ plus")]
    [InlineData("* 星号", "* star")]
    [InlineData("2) 第二", "2024. A year")]
    [InlineData("# 不是标题", "## not a heading ##")]
    [InlineData("> 引用", "> quote")]
    [InlineData("**不是说话人**", "**not a speaker** ≈0:00")]
    [InlineData("中文", "===")]
    [InlineData("中文", "---")]
    [InlineData("***", "___")]
    [InlineData("```", "~~~")]
    [InlineData("中文", "`code` and ``more``")]
    [InlineData("中文", "[link](https://example.com) ![image](x.png) [ref]")]
    [InlineData("中文", "<b>html</b> <https://example.com> &amp; &#35; &copy")]
    [InlineData("中文", "ends with a backslash \\")]
    [InlineData("\\*已转义\\*", "\\\\ two backslashes")]
    [InlineData("| a | b |", "|---|---|")]
    [InlineData("~~删除~~", "5 * 3 = 15_000 and snake_case_name")]
    [InlineData("中文", "https://example.com/a_b_c*d")]
    [InlineData("<!-- 注释", "<div>")]
    public void HostileTextReadsBackAsWritten(string zh, string en)
    {
        var transcript = TranscriptText.WithSegments((0, zh, en), (1, "再见。", "Bye.")).Parse();

        var markdown = MarkdownExport.Write(transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal([zh + "\n" + en, "再见。\nBye."], SegmentTexts(document));
    }

    [Theory]
    [InlineData("- item")]
    [InlineData("1. First")]
    [InlineData("# heading")]
    [InlineData("> quote")]
    [InlineData("+ plus")]
    [InlineData("---")]
    [InlineData("**not a speaker**")]
    public void HostileTextStartingAParagraphReadsBackAsWritten(string en)
    {
        var transcript = TranscriptText.WithSegments((0, "你好。", en), (1, "再见。", "Bye.")).Parse();

        var markdown = MarkdownExport.Write(transcript, ExportOptions.From("en", null));

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal([en, "Bye."], SegmentTexts(document));
    }

    [Fact]
    public void ArrowInTextReadsBackAsWritten()
    {
        var transcript = TranscriptText.WithSegments((0, "你好 --> 世界", "a --> b"), (1, "再见。", "Bye.")).Parse();

        var markdown = MarkdownExport.Write(transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal(["你好 --> 世界\na --> b", "再见。\nBye."], SegmentTexts(document));
    }

    [Fact]
    public void HostileTextMakesNoOtherBlocks()
    {
        var transcript = TranscriptText.WithSegments((0, "- 列表", "1. First"), (1, "# 标题", "> quote")).Parse();

        var markdown = MarkdownExport.Write(transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        Assert.All(document, b => Assert.True(b is ParagraphBlock or HeadingBlock, $"found a {b.GetType().Name}"));
        Assert.Equal(2, document.Descendants<HeadingBlock>().Count());
    }

    [Theory]
    [InlineData("Ada *the* Countess")]
    [InlineData("_Ada_ [Lovelace](x) <b> & \\ #1 |~`")]
    [InlineData("1. Ada")]
    [InlineData("**Ada**")]
    public void HostileSpeakerNameReadsBackAsTheTurnsBoldName(string name)
    {
        var overrides = new Dictionary<string, SpeakerOverride> { ["Speaker 0"] = new(name, null) };
        var transcript = TranscriptText.WithSegments((0, "你好。", "Hello."), (1, "再见。", "Bye.")).Parse(overrides);

        var markdown = MarkdownExport.Write(transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        Assert.Equal([name, transcript.Speakers.Single(s => s.Label == "Speaker 1").Name], document.OfType<ParagraphBlock>().Where(IsTurn).Select(SpeakerOf));
    }

    [Fact]
    public void HostileChapterTitleReadsBackAsTheHeading()
    {
        var transcript = new TranscriptText { Chapters = "0:00 - C# *入门* [一] <b> & | ~ \\ 结尾 ##" }.Parse();

        var markdown = MarkdownExport.Write(transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        var heading = Assert.Single(document.OfType<HeadingBlock>(), h => h.Level == 2);
        Assert.Equal("0:00 C# *入门* [一] <b> & | ~ \\ 结尾 ##", TextOf(heading.Inline));
    }

    [Fact]
    public void HostileTitleReadsBackAsTheLevelOneHeading()
    {
        const string title = "*测试* #1 <节目> [一]";
        var transcript = new TranscriptText { Cover = $"Test Show - {title} 封面", TitleZh = title }.Parse();

        var markdown = MarkdownExport.Write(transcript, ExportOptions.Everything);

        var document = Markdig.Markdown.Parse(markdown);
        var heading = Assert.Single(document.OfType<HeadingBlock>(), h => h.Level == 1);
        Assert.Equal(title, TextOf(heading.Inline));
    }

    // Reading the document back

    private static bool IsTurn(Block block) => block is ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: 2 } };

    private static string SpeakerOf(ParagraphBlock turn) => TextOf((EmphasisInline)turn.Inline!.FirstChild!);

    /// <summary>The text of every block after the first turn that is neither a heading nor a turn.</summary>
    private static IEnumerable<string> SegmentTexts(MarkdownDocument document) =>
        document.SkipWhile(b => !IsTurn(b))
            .Where(b => b is not HeadingBlock && !IsTurn(b))
            .Select(b => b is ParagraphBlock p ? TextOf(p.Inline) : $"[{b.GetType().Name}]");

    /// <summary>Literal text, line breaks as "\n"; any other inline is named, so it cannot pass for text.</summary>
    private static string TextOf(ContainerInline? inlines) =>
        inlines is null ? "" : string.Concat(inlines.Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            LineBreakInline => "\n",
            _ => $"[{i.GetType().Name}]",
        }));

    private static string BothLines(Segment segment) => string.Join("\n", new[] { segment.Zh, segment.En }.OfType<string>());

    private static int Seconds(string time) => ChapterTime.TryParse(time, out var seconds) ? seconds : -1;
}
