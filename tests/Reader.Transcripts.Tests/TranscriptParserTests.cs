using System.Text;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests;

public sealed class TranscriptParserTests
{
    // The seed

    [Fact]
    public void SeedHas611Segments()
    {
        var transcript = Seed.Transcript;

        Assert.Equal(611, transcript.Segments.Count);
        Assert.Equal(Enumerable.Range(1, 611), transcript.Segments.Select(s => s.Index));
    }

    [Fact]
    public void SeedChaptersHaveTheListedTimes()
    {
        var chapters = Seed.Transcript.Chapters;

        Assert.Equal(Seed.ChapterTimes, chapters.Select(c => c.StartSeconds));
    }

    [Fact]
    public void SeedChapterTitlesAreKeptAsWritten()
    {
        var chapters = Seed.Transcript.Chapters;

        Assert.Equal(Seed.ChapterTitles, chapters.Select(c => c.Title));
        Assert.Equal(Enumerable.Range(1, 17), chapters.Select(c => c.Ordinal));
    }

    [Fact]
    public void SeedHostIsLoganKilpatrick()
    {
        var speakers = Seed.Transcript.Speakers;

        Assert.Equal(2, speakers.Count);
        Assert.Equal(new Speaker("Speaker 0", "Logan Kilpatrick", SpeakerRole.Host), speakers[0]);
    }

    [Fact]
    public void SeedGuestIsKorayKavukcuogluAsTheTitleSpellsHim()
    {
        var speakers = Seed.Transcript.Speakers;

        Assert.Equal(new Speaker("Speaker 1", "Koray Kavukcuoglu", SpeakerRole.Guest), speakers[1]);
    }

    [Fact]
    public void ASpeakerTheSidecarMakesHostIsListedFirst()
    {
        var overrides = new Dictionary<string, SpeakerOverride> { ["Speaker 0"] = new(null, SpeakerRole.Guest), ["Speaker 1"] = new(null, SpeakerRole.Host) };

        var transcript = TranscriptParser.Parse("seed.txt", Seed.Text, overrides);

        Assert.Equal(["Speaker 1", "Speaker 0"], transcript.Speakers.Select(s => s.Label));
    }

    [Fact]
    public void SeedShowIsTakenFromTheCoverLine()
    {
        var episode = Seed.Transcript.Episode;

        Assert.Equal("Google AI: Release Notes", episode.Show);
    }

    [Fact]
    public void SeedTitlesAreKeptAsWritten()
    {
        var episode = Seed.Transcript.Episode;

        Assert.Equal("科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”", episode.TitleZh);
        Assert.Equal("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", episode.TitleEn);
    }

    [Fact]
    public void SeedSourceUrlIsTheYouTubeLink()
    {
        var episode = Seed.Transcript.Episode;

        Assert.Equal("https://www.youtube.com/watch?v=fXtna7UrL44", episode.SourceUrl);
    }

    [Fact]
    public void SeedSummaryHoldsOnlyTheProse()
    {
        var summary = Seed.Transcript.Episode.Summary;

        Assert.StartsWith("加入Logan Kilpatrick与谷歌DeepMind首席技术官", summary);
        Assert.EndsWith("同时分享了谷歌在AI开发中的协作模式。", summary);
        Assert.DoesNotContain("章节时间点", summary);
        Assert.DoesNotContain("0:00", summary);
        Assert.DoesNotContain("观看链接", summary);
        Assert.DoesNotContain("http", summary);
    }

    [Fact]
    public void SeedSlugComesFromTheEnglishTitle()
    {
        var episode = Seed.Transcript.Episode;

        Assert.Equal("koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi", episode.Slug);
    }

    [Fact]
    public void SeedEveryNonBlankLineIsAccountedForExactlyOnce()
    {
        var nonBlank = Seed.Text.Split('\n')
            .Select((line, i) => (Number: i + 1, Text: line))
            .Where(l => !string.IsNullOrWhiteSpace(l.Text))
            .Select(l => l.Number);

        var accounted = Seed.Transcript.Lines.Select(l => l.Number);

        Assert.Equal(nonBlank, accounted.Order());
        Assert.Equal(accounted.Count(), accounted.Distinct().Count());
    }

    [Theory]
    [InlineData(1, LineKind.Header)]
    [InlineData(3, LineKind.Header)]
    [InlineData(5, LineKind.Header)]
    [InlineData(7, LineKind.Header)]
    [InlineData(9, LineKind.Summary)]
    [InlineData(11, LineKind.Header)]
    [InlineData(13, LineKind.Artifact)]
    [InlineData(15, LineKind.SpeakerLabel)]
    [InlineData(17, LineKind.SegmentText)]
    [InlineData(19, LineKind.SegmentText)]
    [InlineData(1935, LineKind.Artifact)]
    [InlineData(2620, LineKind.SpeakerLabel)]
    [InlineData(2622, LineKind.SegmentText)]
    [InlineData(3680, LineKind.Footer)]
    [InlineData(3682, LineKind.Footer)]
    [InlineData(3684, LineKind.Footer)]
    public void SeedLinesHaveTheirKind(int line, LineKind kind)
    {
        var lines = Seed.Transcript.Lines;

        Assert.Equal(kind, lines.Single(l => l.Number == line).Kind);
    }

    [Fact]
    public void SeedHasOneSpeakerLabelPerSegmentAndTwoTextLinesForAllButOne()
    {
        var kinds = Seed.Transcript.Lines.CountBy(l => l.Kind).ToDictionary();

        Assert.Equal(611, kinds[LineKind.SpeakerLabel]);
        Assert.Equal(2 * 611 - 1, kinds[LineKind.SegmentText]);
        Assert.Equal(3, kinds[LineKind.Footer]);
        Assert.Equal(2, kinds[LineKind.Artifact]);
        Assert.Equal(5, kinds[LineKind.Header]);
    }

    [Fact]
    public void SeedFooterRunsFromTheAboutLineToTheEnd()
    {
        var lines = Seed.Transcript.Lines;

        Assert.All(lines.Where(l => l.Number >= 3680), l => Assert.Equal(LineKind.Footer, l.Kind));
        Assert.All(lines.Where(l => l.Number < 3680), l => Assert.NotEqual(LineKind.Footer, l.Kind));
    }

    // Quirks of the seed

    [Fact]
    public void SegmentWithOnlyAnEnglishLineKeepsItAsEnglish()
    {
        var segment = Seed.SegmentAt(435);

        Assert.Equal("Speaker 1", segment.Speaker);
        Assert.Null(segment.Zh);
        Assert.Equal("at,", segment.En);
        Assert.Equal(2620, segment.Line);
    }

    [Fact]
    public void SegmentWithOnlyAnEnglishLineIsWarnedAboutAtItsLine()
    {
        var warnings = Seed.Transcript.Warnings;

        var warning = Assert.Single(warnings, w => w.Line == 2620);
        Assert.Contains("no Chinese line", warning.Message);
        Assert.Contains("435", warning.Message);
    }

    [Fact]
    public void SeedWarnsOnlyAboutTheSegmentWithoutChinese()
    {
        var warnings = Seed.Transcript.Warnings;

        Assert.Equal(2620, Assert.Single(warnings).Line);
    }

    [Fact]
    public void SegmentBeforeTheMissingLineKeepsItsPair()
    {
        var segment = Seed.SegmentAt(434);

        Assert.Equal("Speaker 0", segment.Speaker);
        Assert.Equal("这有点像你所要表达的核心意思", segment.Zh);
        Assert.Equal("It was like sort of an essence of what you're getting", segment.En);
    }

    [Fact]
    public void SegmentAfterTheMissingLineKeepsItsPair()
    {
        var segment = Seed.SegmentAt(436);

        Assert.Equal("Speaker 0", segment.Speaker);
        Assert.Equal("对此我表示认同,并且很好奇这是否与之前某些迭代阶段的情况相似或不同", segment.Zh);
        Assert.StartsWith("which I agree And I'm curious if that felt like", segment.En);
        Assert.Equal(2624, segment.Line);
    }

    [Fact]
    public void ShowMoreButtonIsNotContent()
    {
        var segments = Seed.Transcript.Segments;

        Assert.DoesNotContain(segments, s => s.Zh?.Contains("展开剩余字幕") == true || s.En?.Contains("展开剩余字幕") == true);
        Assert.Equal("And then when we release them, like I think that just like, I mean that happened because we were testing the model with the code name, right?", Seed.SegmentAt(320).En);
        Assert.Equal(("Speaker 1", "在LM竞技场上,大家都很喜欢。", "On LM Arena and people loved it."), (Seed.SegmentAt(321).Speaker, Seed.SegmentAt(321).Zh, Seed.SegmentAt(321).En));
    }

    [Fact]
    public void ShowMoreButtonWhoseCountIsRightIsNotWarnedAbout()
    {
        var warnings = Seed.Transcript.Warnings;

        Assert.DoesNotContain(warnings, w => w.Line == 1935 || w.Message.Contains("展开剩余字幕"));
    }

    [Fact]
    public void ShowMoreButtonWhoseCountDisagreesIsWarnedAbout()
    {
        var text = TranscriptText.WithBody(
        [
            .. TranscriptText.Segment(0, "你好。", "Hello."),
            "展开剩余字幕(还有 5 条)",
            .. TranscriptText.Segment(1, "你好。", "Hi."),
            .. TranscriptText.Segment(0, "再见。", "Bye."),
        ]);

        var transcript = text.Parse();

        var warning = Assert.Single(transcript.Warnings, w => w.Line == text.LineOf("展开剩余字幕(还有 5 条)"));
        Assert.Contains("5", warning.Message);
        Assert.Contains("2 follow", warning.Message);
        Assert.Equal(3, transcript.Segments.Count);
    }

    [Fact]
    public void ShowMoreButtonGluedToTheNextSpeakerLabelStillStartsThatSegment()
    {
        var text = TranscriptText.WithBody(
        [
            .. TranscriptText.Segment(0, "你好。", "Hello."),
            "展开剩余字幕(还有 1 条)Speaker 1",
            "你好。",
            "Hi.",
        ]);

        var transcript = text.Parse();

        var segment = transcript.Segments[1];
        Assert.Equal(("Speaker 1", "你好。", "Hi."), (segment.Speaker, segment.Zh, segment.En));
        Assert.Equal(text.LineOf("展开剩余字幕(还有 1 条)Speaker 1"), segment.Line);
        Assert.Empty(transcript.Warnings);
    }

    [Fact]
    public void ChineseLineWithoutHanCharactersStaysChineseByPosition()
    {
        var segment = Seed.SegmentAt(36);

        Assert.Equal("Gemini 3。", segment.Zh);
        Assert.Equal("Gemini three.", segment.En);
    }

    [Theory]
    [InlineData(9, "Speaker 1", "It's not")]
    [InlineData(10, "Speaker 0", "like it's this purely research effort that's off in a lab somewhere.")]
    [InlineData(205, "Speaker 1", "now to")]
    [InlineData(206, "Speaker 0", "ship Gemini models out the door.")]
    [InlineData(544, "Speaker 0", "I feel like the, for me personally, like my first year and a half plus at Google felt like, which I really liked actually this like, Google underdog story to a certain extent, which despite all the infrastructure advantage and all that, for me personally showing When")]
    [InlineData(545, "Speaker 1", "did you join?")]
    public void EnglishSentencesSplitAcrossSpeakersAreKeptAsWritten(int index, string speaker, string en)
    {
        var segment = Seed.SegmentAt(index);

        Assert.Equal(speaker, segment.Speaker);
        Assert.Equal(en, segment.En);
    }

    // Line ends and byte order marks

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\r", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    [InlineData("\r", true)]
    public void LineEndsAndByteOrderMarkDoNotChangeTheTranscript(string lineEnd, bool byteOrderMark)
    {
        var text = Seed.Text.Replace("\n", lineEnd);
        var bytes = (byteOrderMark ? Encoding.UTF8.Preamble.ToArray() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var transcript = TranscriptParser.Parse(Seed.File, bytes);

        var original = Seed.Transcript;
        Assert.Equal(original.Episode, transcript.Episode);
        Assert.Equal(original.Chapters, transcript.Chapters);
        Assert.Equal(original.Segments, transcript.Segments);
        Assert.Equal(original.Speakers, transcript.Speakers);
        Assert.Equal(original.Warnings, transcript.Warnings);
        Assert.Equal(original.Lines, transcript.Lines);
    }

    [Fact]
    public void ByteOrderMarkInAStringIsIgnored()
    {
        var transcript = TranscriptParser.Parse(Seed.File, "\uFEFF" + Seed.Text);

        Assert.Equal(Seed.Transcript.Episode, transcript.Episode);
        Assert.Equal(Seed.Transcript.Segments, transcript.Segments);
    }

    // Input that is not a transcript

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData(" \t\r\n  \r\n\u3000\n")]
    public void EmptyOrWhitespaceFileIsRejected(string content)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptParser.Parse("empty.txt", Encoding.UTF8.GetBytes(content)));

        Assert.Equal("empty.txt", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("empty file", error.Expected);
    }

    [Fact]
    public void BinaryFileIsRejectedAtTheLineOfItsFirstNulByte()
    {
        byte[] content = [.. "Google AI - 标题 封面\n\n标题\n"u8, 0x50, 0x4B, 0x00, 0x03, 0x04, .. "\n"u8];

        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptParser.Parse("archive.zip", content));

        Assert.Equal("archive.zip", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("expected UTF-8 text, found binary data", error.Expected);
    }

    [Fact]
    public void FileThatIsNotUtf8IsRejectedAtTheLineOfItsFirstBadByte()
    {
        var latin1 = Encoding.Latin1.GetBytes("Show - Café 封面\n\nCafé\n");
        byte[] content = [.. "Show - 标题 封面\n\n"u8, .. latin1];

        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptParser.Parse("latin1.txt", content));

        Assert.Equal("latin1.txt", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("expected UTF-8 text", error.Expected);
        Assert.Contains("not UTF-8", error.Expected);
    }

    [Fact]
    public void TranscriptWithoutSegmentsIsRejected()
    {
        var text = new TranscriptText { Body = [], Footer = [] };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(TranscriptText.File, error.File);
        Assert.Equal(text.LastLine, error.Line);
        Assert.Contains("expected at least one segment", error.Expected);
    }

    [Theory]
    [InlineData("found the end of the file", "Speaker 0")]
    [InlineData("found 'Speaker 1'", "Speaker 0", "Speaker 1", "你好。", "Hello.")]
    [InlineData("found '关于 Bayt 播客'", "Speaker 0", "关于 Bayt 播客")]
    public void SpeakerLabelWithoutTextIsRejectedAtTheLabel(string found, params string[] body)
    {
        var text = TranscriptText.WithBody(body) with { Footer = [] };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(TranscriptText.File, error.File);
        Assert.Equal(text.LineOf("Speaker 0"), error.Line);
        Assert.Contains("expected a Chinese and an English line after 'Speaker 0'", error.Expected);
        Assert.Contains(found, error.Expected);
    }

    [Fact]
    public void SegmentWithThreeTextLinesIsRejectedAtTheThirdLine()
    {
        var text = TranscriptText.WithBody("Speaker 0", "你好。", "Hello.", "And a third line.", "Speaker 1", "你好。", "Hi.");

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(TranscriptText.File, error.File);
        Assert.Equal(text.LineOf("And a third line."), error.Line);
        Assert.Contains("expected 'Speaker N'", error.Expected);
        Assert.Contains("one Chinese and one English line", error.Expected);
        Assert.Contains("'And a third line.'", error.Expected);
    }

    [Theory]
    [InlineData("0:00 - 开场 5:00 - 第二章 3:00 - 第三章", "expected chapters in time order, found '第三章' at 3:00 after '第二章' at 5:00")]
    [InlineData("0:00 - 开场 2:00 - 第二章 2:00 - 第三章", "expected chapters in time order")]
    [InlineData("0:00 - 开场 7:99 - 第二章", "expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '7:99'")]
    [InlineData("0:00 - 开场 1:60:00 - 第二章", "found '1:60:00'")]
    [InlineData("0:00 - 开场 2:00 -", "expected a title after the chapter time '2:00 - '")]
    [InlineData("开场 0:00 - 开场", "expected a chapter 'm:ss - title' after 章节时间点:, found '开场'")]
    // Times that look like one but are not are errors at their line, never the end of the previous title:
    // a doubled colon, a decimal, a sign or a space inside the time could each mean more than one time.
    [InlineData("0:00 - 开场 1::00 - 第二章", "expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '1::00'")]
    [InlineData("0:00 - 开场 0.5:00 - 第二章", "expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '0.5:00'")]
    [InlineData("0:00 - 开场 -1:00 - 第二章", "expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '-1:00'")]
    [InlineData("0:00 - 开场 3 :00 - 第二章", "expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '3 :00'")]
    [InlineData("0:00 - 开场 3: 00 - 第二章", "expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '3: 00'")]
    [InlineData("0:00 - 开场 ١:٠٠ - 第二章", "expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '١:٠٠'")]
    [InlineData("0:00 - 开场 1:2 - 第二章", "expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '1:2'")]
    public void MalformedChapterListIsRejectedAtTheSummaryLine(string chapters, string expected)
    {
        var text = new TranscriptText { Chapters = chapters };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(TranscriptText.File, error.File);
        Assert.Equal(9, error.Line);
        Assert.Contains(expected, error.Expected);
    }

    [Theory]
    [InlineData("0:00 - 开场 ０:３０ - 第二章", 30)]
    [InlineData("0:00 - 开场 1：30 - 第二章", 90)]
    [InlineData("0:00 - 开场 １：０２：０３ - 第二章", 3723)]
    public void FullWidthChapterTimesMeanTheTimeTheyShow(string chapters, int seconds)
    {
        var text = new TranscriptText { Chapters = chapters, Body = [.. TranscriptText.Segment(0, "你好。", "Hello."), .. TranscriptText.Segment(1, "嗨。", "Hi.")] };

        var transcript = text.Parse();

        Assert.Equal(["开场", "第二章"], transcript.Chapters.Select(c => c.Title));
        Assert.Equal(seconds, transcript.Chapters[1].StartSeconds);
    }

    [Fact]
    public void ChapterOutOfOrderOnALaterSummaryLineIsRejectedAtThatLine()
    {
        var text = new TranscriptText { SummaryLines = ["一段简介。", "章节时间点:", "0:00 - 开场", "5:00 - 第二章", "3:00 - 第三章"] };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(text.LineOf("3:00 - 第三章"), error.Line);
        Assert.Contains("expected chapters in time order", error.Expected);
    }

    [Fact]
    public void MissingSummaryHeadingIsRejected()
    {
        var text = new TranscriptText { SummaryHeading = null };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(TranscriptText.File, error.File);
        Assert.Equal(7, error.Line);
        Assert.Contains("expected '本集简介' (the summary heading), found '加入Grace Hopper", error.Expected);
    }

    [Fact]
    public void MissingTranscriptHeadingIsRejected()
    {
        var text = new TranscriptText { TranscriptHeading = null };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(TranscriptText.File, error.File);
        Assert.Equal(text.LastLine, error.Line);
        Assert.Contains("expected '双语字幕' (the transcript heading) after the summary, found the end of the file", error.Expected);
    }

    [Theory]
    [InlineData("Test Show - 测试节目")]
    [InlineData("Test Show - 测试节目 cover")]
    [InlineData("测试节目 封面")]
    public void CoverLineWithoutCaptionOrDashIsRejected(string cover)
    {
        var text = new TranscriptText { Cover = cover };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(TranscriptText.File, error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains($"expected the cover line '<show> - <title> 封面', found '{cover}'", error.Expected);
    }

    [Fact]
    public void MoreChaptersThanSegmentsAreRejected()
    {
        var text = new TranscriptText { Chapters = "0:00 - 开场 1:00 - 第二章 2:00 - 第三章" };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal(TranscriptText.File, error.File);
        Assert.Equal(9, error.Line);
        Assert.Contains("expected at least as many segments as chapters, found 3 chapters and 2 segments", error.Expected);
    }

    [Fact]
    public void FormatErrorMessageCitesFileAndLine()
    {
        var text = new TranscriptText { Cover = "nothing like a cover" };

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.StartsWith($"{TranscriptText.File}:1: expected the cover line", error.Message);
    }

    // Input that is almost a transcript

    [Fact]
    public void SummaryWithoutChaptersGivesSegmentsWithoutChapterOrTime()
    {
        var text = new TranscriptText { Chapters = null };

        var transcript = text.Parse();

        Assert.Empty(transcript.Chapters);
        Assert.All(transcript.Segments, s => Assert.Null(s.Chapter));
        Assert.All(transcript.Segments, s => Assert.Null(s.EstimatedStartSeconds));
        Assert.Null(transcript.Episode.DurationSeconds);
        Assert.Contains(transcript.Warnings, w => w.Message.Contains("no chapters"));
    }

    [Fact]
    public void SegmentsBelongToTheChapterTheyFollow()
    {
        var transcript = Seed.Transcript;

        Assert.All(transcript.Segments, s => Assert.Equal(transcript.Chapters.Last(c => c.FirstSegment <= s.Index).Ordinal, s.Chapter));
    }

    [Fact]
    public void SpeakerLabelsWithOtherNumbersAreRead()
    {
        var text = TranscriptText.WithBody("Speaker 12", "你好。", "Hello.", "Speaker  3", "你好。", "Hi.");

        var transcript = text.Parse();

        Assert.Equal(["Speaker 12", "Speaker 3"], transcript.Segments.Select(s => s.Speaker));
        Assert.Equal(["Speaker 3", "Speaker 12"], transcript.Speakers.Select(s => s.Label));
    }

    [Fact]
    public void SpeakerLabelWithNonAsciiDigitsIsAFormatErrorNotACrash()
    {
        var text = TranscriptText.WithBody("Speaker ١", "你好。", "Hello.");

        var error = Record.Exception(() => text.Parse());

        Assert.True(error is null or TranscriptFormatException, $"expected a transcript or a TranscriptFormatException, got {error}");
    }

    [Fact]
    public void ShowMoreButtonWithAnAbsurdCountIsAFormatErrorOrAWarningNotACrash()
    {
        var text = TranscriptText.WithBody(["展开剩余字幕(还有 99999999999 条)", .. TranscriptText.Segment(0, "你好。", "Hello.")]);

        var error = Record.Exception(() => text.Parse());

        Assert.True(error is null or TranscriptFormatException, $"expected a transcript or a TranscriptFormatException, got {error}");
    }

    [Fact]
    public void ChapterTimeTooLargeForSecondsIsAFormatErrorNotACrash()
    {
        var text = new TranscriptText { Chapters = "0:00 - 开场 99999999999:00 - 第二章" };

        var error = Record.Exception(() => text.Parse());

        Assert.IsType<TranscriptFormatException>(error);
    }

    // Hostile sizes: correctness only here; the benchmarks' --scaling mode shows the time stays linear.

    [Fact]
    public void SummaryOfAHundredThousandLinesIsRead()
    {
        var prose = Enumerable.Range(1, 100_000).Select(i => $"第{i}行简介。").ToList();
        var text = new TranscriptText { SummaryLines = [.. prose, "YouTube观看链接:https://youtu.be/x", "章节时间点:", "0:00 - 开场", "0:30 - 第二章"] };

        var transcript = text.Parse();

        Assert.Equal(string.Join('\n', prose), transcript.Episode.Summary);
        Assert.Equal("https://youtu.be/x", transcript.Episode.SourceUrl);
        Assert.Equal(["开场", "第二章"], transcript.Chapters.Select(c => c.Title));
        Assert.Equal(3, transcript.Lines.Count(l => l.Kind == LineKind.Chapters));
        Assert.Equal(100_001, transcript.Lines.Count(l => l.Kind == LineKind.Summary));
    }

    [Fact]
    public void LineLongerThanTheLimitIsRejectedAtThatLine()
    {
        var long_ = new string('长', TranscriptParser.MaxLineLength + 1);
        var text = TranscriptText.WithBody("Speaker 0", "你好。", "Hello.", "Speaker 1", long_, "Hi.");

        var error = Assert.Throws<TranscriptFormatException>(() => text.Parse());

        Assert.Equal((TranscriptText.File, text.LineOf(long_)), (error.File, error.Line));
        Assert.Equal($"expected a line of at most {TranscriptParser.MaxLineLength:N0} characters, found one of {TranscriptParser.MaxLineLength + 1:N0}", error.Expected);
    }

    [Fact]
    public void LineAtTheLimitIsRead()
    {
        var long_ = new string('长', TranscriptParser.MaxLineLength);
        var text = TranscriptText.WithBody("Speaker 0", "你好。", "Hello.", "Speaker 1", long_, "Hi.");

        var transcript = text.Parse();

        Assert.Equal(long_, transcript.Segments[1].Zh);
    }

    [Fact]
    public void FileLargerThanTheLimitIsRejectedAtTheLineWhereItCrossesIt()
    {
        // "x\n" again and again: the limit's byte falls on line limit / 2 + 1.
        var bytes = new byte[TranscriptParser.MaxFileBytes + 2];
        for (var i = 0; i < bytes.Length; i += 2)
            (bytes[i], bytes[i + 1]) = ((byte)'x', (byte)'\n');

        var fromBytes = Assert.Throws<TranscriptFormatException>(() => TranscriptParser.Parse("huge.txt", bytes));
        var fromText = Assert.Throws<TranscriptFormatException>(() => TranscriptParser.Parse("huge.txt", Encoding.UTF8.GetString(bytes)));

        Assert.All([fromBytes, fromText], error =>
        {
            Assert.Equal(("huge.txt", TranscriptParser.MaxFileBytes / 2 + 1), (error.File, error.Line));
            Assert.StartsWith("expected a transcript of at most 64 MiB, found 64 MiB", error.Expected);
        });
    }

    [Fact]
    public void EnglishTitleOfOneHugeWordStillGetsASlug()
    {
        var text = new TranscriptText { TitleEn = new string('a', 120) };

        var transcript = text.Parse();

        Assert.Equal(new string('a', 80), transcript.Episode.Slug);
    }

    // Never a crash

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomBytesParseOrAreRejected(int seed)
    {
        var random = new Random(seed);
        var inputs = Enumerable.Range(0, 200).Select(_ => RandomBytes(random)).ToList();

        var crashes = inputs.Select(CrashOf).OfType<string>().ToList();

        Assert.Empty(crashes);
    }

    [Fact]
    public void RandomTextParsesOrIsRejected()
    {
        var random = new Random(7);
        string[] pieces = ["Speaker 0", "Speaker 1", "Speaker", "封面", " - ", "本集简介", "双语字幕", "章节时间点:", "0:00 - ", "1:00 - ",
            "展开剩余字幕(还有 2 条)", "关于 Bayt 播客", "你好", "Hello", "\n", "\n\n", "\r", ":", "-", "9", "Show - 标题 封面", "标题"];
        var inputs = Enumerable.Range(0, 500)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(40)).Select(_ => pieces[random.Next(pieces.Length)])))
            .Select(Encoding.UTF8.GetBytes)
            .ToList();

        var crashes = inputs.Select(CrashOf).OfType<string>().ToList();

        Assert.Empty(crashes);
    }

    [Fact]
    public void TruncatedSeedParsesOrIsRejected()
    {
        var bytes = Seed.Bytes;
        var cuts = Enumerable.Range(0, 150).Select(k => (int)((long)bytes.Length * k / 150)).ToList();

        var crashes = cuts.Select(cut => CrashOf(bytes[..cut])).OfType<string>().ToList();

        Assert.Empty(crashes);
    }

    [Fact]
    public void SeedCutAtEachEarlyLineParsesOrIsRejected()
    {
        var lines = Seed.Text.Split('\n');
        var inputs = Enumerable.Range(0, 120).Select(n => Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(n)))).ToList();

        var crashes = inputs.Select(CrashOf).OfType<string>().ToList();

        Assert.Empty(crashes);
    }

    [Fact]
    public void SeedWithLinesDroppedOrRepeatedParsesOrIsRejected()
    {
        var random = new Random(11);
        var lines = Seed.Text.Split('\n');
        var inputs = Enumerable.Range(0, 60).Select(_ =>
        {
            var mutated = lines.ToList();
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(mutated.Count);
                if (random.Next(2) == 0)
                    mutated.RemoveAt(at);
                else
                    mutated.Insert(at, mutated[random.Next(mutated.Count)]);
            }
            return Encoding.UTF8.GetBytes(string.Join('\n', mutated));
        }).ToList();

        var crashes = inputs.Select(CrashOf).OfType<string>().ToList();

        Assert.Empty(crashes);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        // Half the inputs avoid NUL bytes, so some get past the binary check into the UTF-8 and line checks.
        if (random.Next(2) == 0)
        {
            for (var i = 0; i < bytes.Length; i++)
                bytes[i] = bytes[i] == 0 ? (byte)'\n' : bytes[i] < 0x80 ? bytes[i] : (byte)(bytes[i] & 0x7F);
        }
        return bytes;
    }

    /// <summary>A description of the input and the exception when parsing it fails other than with a format error.</summary>
    private static string? CrashOf(byte[] input)
    {
        try
        {
            TranscriptParser.Parse("fuzz.txt", input);
            return null;
        }
        catch (TranscriptFormatException)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"{input.Length} bytes ({Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 80)))}…): {e.GetType().Name}: {e.Message}";
        }
    }
}
