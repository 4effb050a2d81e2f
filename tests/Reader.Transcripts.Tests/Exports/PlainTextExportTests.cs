using System.Text.RegularExpressions;
using Reader.Transcripts.Exports;

namespace Reader.Transcripts.Tests.Exports;

public sealed partial class PlainTextExportTests
{
    private static readonly string[] SeedChapterHeadings =
    [
        "== 0:00  开场 ==", "== 2:00  Gemini 3发布反响 ==", "== 4:16  持续进步与创新 ==", "== 6:47  Gemini改进关键领域 ==",
        "== 11:45  模型改进的产品支撑 ==", "== 13:56  首席AI架构师角色 ==", "== 17:04  工程思维与协作 ==", "== 18:37  Gemini未来增长领域 ==",
        "== 20:33  从研究到工程思维的转变 ==", "== 23:22  生成式媒体的崛起 ==", "== 27:22  Nano Banana Pro功能 ==",
        "== 29:31  迈向统一模型检查点 ==", "== 36:26  组织架构助力AI成功 ==", "== 38:26  探索与规模化的平衡 ==",
        "== 41:40  DeepMind协作文化 ==", "== 45:21  谷歌创新实践 ==", "== 48:37  结束语 ==",
    ];

    private static readonly Dictionary<string, string> SeedNames = new()
    {
        ["Speaker 0"] = "Logan Kilpatrick",
        ["Speaker 1"] = "Koray Kavukcuoglu",
    };

    [GeneratedRegex(@"^(?<name>Logan Kilpatrick|Koray Kavukcuoglu) \(≈(?<time>[0-9]+:[0-5][0-9])\)$")]
    private static partial Regex SeedTurnLine();

    [Fact]
    public void StartsWithTheTitlesTheShowAndTheSource()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.Everything);

        var episode = Seed.Transcript.Episode;
        Assert.Equal(
            [episode.TitleZh, "Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "Google AI: Release Notes", "https://www.youtube.com/watch?v=fXtna7UrL44"],
            text.Split('\n')[..4]);
    }

    [Fact]
    public void SaysTheTimesAreEstimated()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.Contains("(Times marked ≈ are estimated.)", text.Split('\n')[..6]);
    }

    [Fact]
    public void ChapterHeadingsAreTheSeventeenChaptersInOrder()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal(SeedChapterHeadings, text.Split('\n').Where(line => line.StartsWith("== ", StringComparison.Ordinal)));
    }

    [Fact]
    public void TurnLinesNameTheSpeakersInOrder()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.Everything);

        var names = text.Split('\n').Select(line => SeedTurnLine().Match(line)).Where(m => m.Success).Select(m => m.Groups["name"].Value);
        Assert.Equal(Seed.TurnsOf(Seed.Transcript.Segments).Select(t => SeedNames[t.Speaker]), names);
    }

    [Fact]
    public void FirstTurnIsTheHostAtZero()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal("Logan Kilpatrick (≈0:00)", text.Split('\n').First(line => SeedTurnLine().IsMatch(line)));
    }

    [Fact]
    public void TurnTimesNeverDecrease()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.Everything);

        var seconds = text.Split('\n').Select(line => SeedTurnLine().Match(line)).Where(m => m.Success)
            .Select(m => ChapterTime.TryParse(m.Groups["time"].Value, out var s) ? s : -1).ToList();
        Assert.Equal(seconds.Order(), seconds);
    }

    [Fact]
    public void EveryOtherLineIsASourceLineInOrder()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.Everything);

        var body = BodyLines(text);
        Assert.Equal(Seed.Transcript.Segments.SelectMany(s => new[] { s.Zh, s.En }.OfType<string>()), body);
    }

    [Fact]
    public void ChineseModeHasOnlyTheChineseLines()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.From("zh", null));

        Assert.Equal(Seed.Transcript.Segments.Where(s => s.Zh is not null).Select(s => s.Zh), BodyLines(text));
    }

    [Fact]
    public void SeedHasNoMarkup()
    {
        var text = PlainTextExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("<v ", text);
        Assert.DoesNotContain("&amp;", text);
        Assert.DoesNotContain("-->", text);
        Assert.DoesNotContain("\\", text);
        Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith('#') || line.StartsWith("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void TextIsWrittenWithoutEscapes()
    {
        const string english = "<b>*bold*</b> & [link](x) \\ #1";
        var transcript = TranscriptText.WithSegments((0, "你好。", english), (1, "再见。", "Bye.")).Parse();

        var text = PlainTextExport.Write(transcript, ExportOptions.Everything);

        Assert.Contains(english, text.Split('\n'));
    }

    [Fact]
    public void LineBreaksInsideSegmentTextDoNotStartNewLines()
    {
        var parsed = TranscriptText.WithSegments((0, "你好。", "Hello."), (1, "再见。", "Bye.")).Parse();
        var transcript = parsed with { Segments = [parsed.Segments[0] with { En = "first\nsecond" }, parsed.Segments[1]] };

        var text = PlainTextExport.Write(transcript, ExportOptions.Everything);

        Assert.DoesNotContain("second", text.Split('\n'));
        Assert.Contains(text.Split('\n'), line => line.StartsWith("first", StringComparison.Ordinal) && line.EndsWith("second", StringComparison.Ordinal));
    }

    /// <summary>The lines after the header that are neither blank, a chapter heading nor a turn.</summary>
    private static IEnumerable<string> BodyLines(string text) =>
        text.Split('\n').SkipWhile(line => !line.StartsWith("== ", StringComparison.Ordinal))
            .Where(line => line.Length > 0 && !line.StartsWith("== ", StringComparison.Ordinal) && !SeedTurnLine().IsMatch(line));
}
