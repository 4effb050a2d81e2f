using Reader.Transcripts.Chapters;
using Reader.Transcripts.Formats;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests.Formats;

public sealed class SubtitleTranscriptTests
{
    private static SubtitleFile Srt(string file, params string[] lines) => SrtParser.Parse(file, string.Join("\n", lines));

    private static SubtitleFile Vtt(params string[] lines) => WebVttParser.Parse("talk.vtt", string.Join("\n", lines));

    private static readonly SubtitleFile Bilingual = Srt("episode.srt",
        "1", "00:00:00,500 --> 00:00:02,000", "欢迎收听。", "Welcome.", "",
        "2", "00:00:02,000 --> 00:00:04,700", "Thanks for having me.", "谢谢邀请。", "",
        "3", "00:00:05,000 --> 00:00:07,000", "我们开始吧。", "Let's get", "started.");

    [Fact]
    public void EachBilingualCueIsASegmentWithItsTimes()
    {
        var transcript = SubtitleTranscript.FromFile(Bilingual);

        Assert.Equal(
            [new Segment(1, "Speaker 1", "欢迎收听。", "Welcome.", null, 0, 2) { StartSeconds = 0.5, EndSeconds = 2 },
             new Segment(2, "Speaker 1", "谢谢邀请。", "Thanks for having me.", null, 2, 7) { StartSeconds = 2, EndSeconds = 4.7 },
             new Segment(3, "Speaker 1", "我们开始吧。", "Let's get started.", null, 5, 12) { StartSeconds = 5, EndSeconds = 7 }],
            transcript.Segments);
        Assert.True(transcript.Timed);
        Assert.Empty(transcript.Warnings);
    }

    [Fact]
    public void SourceWithoutVoicesHasOneSpeaker()
    {
        var transcript = SubtitleTranscript.FromFile(Bilingual);

        Assert.Equal([new Speaker("Speaker 1", "Speaker 1", SpeakerRole.Unknown)], transcript.Speakers);
    }

    [Fact]
    public void EpisodeIsNamedByTheFileAndLastsUntilTheLastCueEnds()
    {
        var transcript = SubtitleTranscript.FromFile(Bilingual);

        Assert.Equal(new Episode("", "episode", "episode", "", null, "episode", 7), transcript.Episode);
    }

    [Fact]
    public void CueInOneLanguageIsKeptWithAWarning()
    {
        var file = Srt("a.srt", "1", "00:00:01,000 --> 00:00:02,000", "你好。", "Hello.", "", "12", "00:00:03,000 --> 00:00:04,000", "只有中文。", "",
            "13", "00:00:06,000 --> 00:00:07,000", "Only English.");

        var transcript = SubtitleTranscript.FromFile(file);

        Assert.Equal([("你好。", "Hello."), ("只有中文。", null), (null, "Only English.")], transcript.Segments.Select(s => (s.Zh, s.En)));
        Assert.Equal([new ParseWarning(7, "cue 12 has no English line; kept as Chinese only"), new ParseWarning(11, "cue 13 has no Chinese line; kept as English only")],
            transcript.Warnings);
    }

    [Fact]
    public void CueWithoutTextIsLeftOutWithAWarning()
    {
        var file = Srt("a.srt", "1", "00:00:01,000 --> 00:00:02,000", "<i></i>", "", "2", "00:00:03,000 --> 00:00:04,000", "你好。", "Hello.");

        var transcript = SubtitleTranscript.FromFile(file);

        Assert.Equal("你好。", Assert.Single(transcript.Segments).Zh);
        Assert.Equal(new ParseWarning(2, "cue 1 has no text; left out"), Assert.Single(transcript.Warnings));
    }

    [Fact]
    public void AssWithTwoStylesPairsItsLanguagesByTime()
    {
        var ass = AssParser.Parse("two-styles.ass", string.Join("\n",
            "[Script Info]", "Title: Two Styles", "[Events]", "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
            "Dialogue: 0,0:00:01.00,0:00:03.00,English,,0,0,0,,Hello, everyone.",
            "Dialogue: 0,0:00:01.00,0:00:03.00,Chinese,,0,0,0,,大家好。",
            // A style named for one language holding the other: the content decides.
            "Dialogue: 0,0:00:03.10,0:00:05.00,Chinese,,0,0,0,,Welcome back.",
            "Dialogue: 0,0:00:03.05,0:00:05.00,English,,0,0,0,,欢迎回来。"));

        var transcript = SubtitleTranscript.FromFile(ass);

        Assert.Equal([("大家好。", "Hello, everyone.", 1.0), ("欢迎回来。", "Welcome back.", 3.05)], transcript.Segments.Select(s => (s.Zh, s.En, s.StartSeconds!.Value)));
        Assert.Equal("Two Styles", transcript.Episode.TitleEn);
        Assert.Empty(transcript.Warnings);
    }

    [Fact]
    public void AssWithBothLanguagesInOneDialogueIsOneSegmentEach()
    {
        var ass = AssParser.Parse("joined.ass", string.Join("\n",
            "[Events]", "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
            @"Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,{\fs18}大家好。\N{\fs12}Hello, everyone."));

        var transcript = SubtitleTranscript.FromFile(ass);

        Assert.Equal(("大家好。", "Hello, everyone."), (transcript.Segments[0].Zh, transcript.Segments[0].En));
    }

    [Fact]
    public void VoicesBecomeSpeakersInTheOrderTheyFirstSpeak()
    {
        var vtt = Vtt("WEBVTT - Talk", "",
            "00:01.000 --> 00:02.000", "<v Logan Kilpatrick>欢迎回到节目。", "Welcome back to the show.", "",
            "00:02.000 --> 00:03.000", "<v Koray>谢谢。", "Thanks.", "",
            "00:03.000 --> 00:04.000", "我继续说。", "Still me.", "",
            "00:04.000 --> 00:05.000", "<v Logan Kilpatrick>好的。", "Okay.");

        var transcript = SubtitleTranscript.FromFile(vtt);

        Assert.Equal(["Speaker 1", "Speaker 2", "Speaker 2", "Speaker 1"], transcript.Segments.Select(s => s.Speaker));
        Assert.Equal([new Speaker("Speaker 1", "Logan Kilpatrick", SpeakerRole.Host), new Speaker("Speaker 2", "Koray", SpeakerRole.Guest)], transcript.Speakers);
    }

    [Fact]
    public void SpeakerOverridesWinOverVoices()
    {
        var overrides = new Dictionary<string, SpeakerOverride> { ["Speaker 1"] = new("Ada Lovelace", SpeakerRole.Guest) };

        var transcript = SubtitleTranscript.FromFile(Bilingual, speakerOverrides: overrides);

        Assert.Equal(new Speaker("Speaker 1", "Ada Lovelace", SpeakerRole.Guest), Assert.Single(transcript.Speakers));
    }

    [Fact]
    public void ChaptersArePlacedByTimeAndSegmentsCarryThem()
    {
        var transcript = SubtitleTranscript.FromFile(Bilingual, [new ChapterMark(0, "开场"), new ChapterMark(5, "正题")]);

        Assert.Equal([new Chapter(1, 0, "开场", 1), new Chapter(2, 5, "正题", 3)], transcript.Chapters);
        Assert.Equal([1, 1, 2], transcript.Segments.Select(s => s.Chapter));
    }

    [Fact]
    public void PairOfFilesIsPairedWhicheverComesFirst()
    {
        var zh = SrtParser.Parse(SplitSentencePair.ZhFile, SplitSentencePair.ZhSrt);
        var en = SrtParser.Parse(SplitSentencePair.EnFile, SplitSentencePair.EnSrt);

        var transcript = SubtitleTranscript.FromPair(en, zh);

        Assert.Equal(SplitSentencePair.Expected.Length, transcript.Segments.Count);
        Assert.Equal(("今天我们聊聊模型是怎么训练出来的。", "Today we're talking about how models get trained."), (transcript.Segments[1].Zh, transcript.Segments[1].En));
        Assert.Equal(("首先要有数据,而且是大量的高质量数据。", "First you need data, lots of high-quality data."), (transcript.Segments[2].Zh, transcript.Segments[2].En));
        Assert.Equal(("split", "split"), (transcript.Episode.TitleZh, transcript.Episode.TitleEn));
        Assert.Contains(new ParseWarning(22, "cue 6 of split.zh.srt has no English cue at its time; kept as Chinese only"), transcript.Warnings);
        Assert.Contains(new ParseWarning(26, "cue 7 of split.en.srt has no Chinese cue at its time; kept as English only"), transcript.Warnings);
        Assert.Equal(4, transcript.Warnings.Count);
    }

    [Fact]
    public void SegmentStartsNeverDecrease()
    {
        var zh = SrtParser.Parse(SplitSentencePair.ZhFile, SplitSentencePair.ZhSrt);
        var en = SrtParser.Parse(SplitSentencePair.EnFile, SplitSentencePair.EnSrt);

        var segments = SubtitleTranscript.FromPair(zh, en).Segments;

        Assert.All(segments.Zip(segments.Skip(1)), p => Assert.True(p.First.StartSeconds <= p.Second.StartSeconds));
        Assert.Equal(Enumerable.Range(1, segments.Count), segments.Select(s => s.Index));
    }

    [Theory]
    [InlineData("你好。", "嗨。", "Chinese")]
    [InlineData("Hello.", "Hi.", "English")]
    public void TwoFilesOfOneLanguageAreAnError(string first, string second, string language)
    {
        var a = Srt("a.srt", "1", "00:00:01,000 --> 00:00:02,000", first);
        var b = Srt("b.srt", "1", "00:00:01,000 --> 00:00:02,000", second);

        var error = Assert.Throws<TranscriptFormatException>(() => SubtitleTranscript.FromPair(a, b));

        Assert.Equal($"expected one Chinese and one English subtitle file, found two {language} files: a.srt, b.srt", error.Expected);
    }

    [Fact]
    public void BilingualFileIsNotOneSideOfAPair()
    {
        var a = Srt("a.srt", "1", "00:00:01,000 --> 00:00:02,000", "你好。", "Hello.");
        var b = Srt("b.srt", "1", "00:00:01,000 --> 00:00:02,000", "Hello.");

        var error = Assert.Throws<TranscriptFormatException>(() => SubtitleTranscript.FromPair(a, b));

        Assert.Equal(("a.srt", "expected one Chinese and one English subtitle file, found a.srt with both languages in its cues; a bilingual file is read alone"),
            (error.File, error.Expected));
    }

    [Fact]
    public void PinsAreKeptAndAPinAgainstTheCuesIsRefusedAgainstItsFile()
    {
        var kept = SubtitleTranscript.FromFile(Bilingual, pins: ("episode.times.json", [new TimingPin(2, 2.5)]));
        var error = Assert.Throws<TranscriptFormatException>(() => SubtitleTranscript.FromFile(Bilingual, pins: ("episode.times.json", [new TimingPin(2, 6)])));

        Assert.Equal([new TimingPin(2, 2.5)], kept.Pins);
        Assert.Equal(("episode.times.json", 1), (error.File, error.Line));
        Assert.Contains("Pin at segment 2 (0:06)", error.Expected);
    }

    [Theory]
    [InlineData("episode.zh-Hans.srt", "episode")]
    [InlineData("episode.en.vtt", "episode")]
    [InlineData("Episode 12.chs.ass", "Episode 12")]
    [InlineData("talk.eng.srt", "talk")]
    [InlineData("talk.srt", "talk")]
    [InlineData("zen.srt", "zen")]
    public void TitleFromNameDropsTheExtensionAndLanguageTag(string file, string title)
    {
        Assert.Equal(title, SubtitleTranscript.TitleFromName(file));
    }
}
