using Reader.Transcripts.Chapters;
using Reader.Transcripts.Formats;

namespace Reader.Transcripts.Tests.Formats;

public sealed class WebVttParserTests
{
    private const string File = "episode.vtt";

    private static SubtitleFile Parse(params string[] lines) => WebVttParser.Parse(File, string.Join("\n", lines));

    private static SubtitleCue OneCue(string text) => Assert.Single(Parse("WEBVTT", "", "00:00:01.000 --> 00:00:02.000", text).Cues);

    [Theory]
    [InlineData("WEBVTT", null)]
    [InlineData("WEBVTT - Koray on AGI", "Koray on AGI")]
    [InlineData("WEBVTT\tA title", "A title")]
    public void TitleIsWhatFollowsTheSignature(string header, string? title)
    {
        var vtt = Parse(header, "", "00:00:01.000 --> 00:00:02.000", "Hello.");

        Assert.Equal(title, vtt.Title);
    }

    [Theory]
    [InlineData("WEBVTTX")]
    [InlineData("1")]
    public void FileWithoutTheSignatureIsAnError(string first)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse(first, "", "00:00:01.000 --> 00:00:02.000", "Hello."));

        Assert.Equal((1, $"expected 'WEBVTT' on the first line, found '{first}'"), (error.Line, error.Expected));
    }

    [Fact]
    public void NoteStyleAndRegionBlocksAreSkipped()
    {
        var vtt = Parse("WEBVTT", "Kind: captions", "",
            "NOTE made by hand", "00:00:09.000 --> 00:00:10.000 is not a cue here", "",
            "STYLE", "::cue { color: yellow }", "",
            "REGION", "id:fred width:40%", "",
            "00:00:01.000 --> 00:00:02.000", "Hello.");

        Assert.Equal(["Hello."], Assert.Single(vtt.Cues).Lines);
        Assert.Equal([LineKind.Header, LineKind.Header, LineKind.Artifact, LineKind.Artifact, LineKind.Header, LineKind.Header, LineKind.Header, LineKind.Header,
            LineKind.Header, LineKind.SegmentText], vtt.Lines.Select(l => l.Kind));
    }

    [Fact]
    public void CueIdentifiersAreOptional()
    {
        var vtt = Parse("WEBVTT", "", "intro", "00:00:01.000 --> 00:00:02.000", "Hello.", "", "00:00:02.000 --> 00:00:03.000", "Hi.");

        Assert.Equal([(1, 4, "Hello."), (2, 7, "Hi.")], vtt.Cues.Select(c => (c.Number, c.Line, c.Lines[0])));
    }

    [Theory]
    [InlineData("01:02.500 --> 01:04.000", 62.5, 64.0)]
    [InlineData("00:01:02.500 --> 00:01:04.000", 62.5, 64.0)]
    [InlineData("1:00:00.000 --> 1:00:01.000", 3600.0, 3601.0)]
    [InlineData("00:01.000 --> 00:02.000 align:start position:10% line:0", 1.0, 2.0)]
    [InlineData("00:01.000-->00:02.000", 1.0, 2.0)]
    public void TimingsAreMinutesOrHoursAndCueSettingsAreIgnored(string timing, double start, double end)
    {
        var cue = Assert.Single(Parse("WEBVTT", "", timing, "Hello.").Cues);

        Assert.Equal((start, end), (cue.StartSeconds, cue.EndSeconds));
    }

    [Theory]
    [InlineData("<v Esme>Hello.", "Esme")]
    [InlineData("<v.loud Mary Ann>Hello.</v>", "Mary Ann")]
    [InlineData("<v   Logan Kilpatrick  >Hello.", "Logan Kilpatrick")]
    [InlineData("Hello.", null)]
    public void VoiceSpanNamesTheSpeaker(string text, string? voice)
    {
        var cue = OneCue(text);

        Assert.Equal(voice, cue.Voice);
        Assert.Equal(["Hello."], cue.Lines);
    }

    [Theory]
    [InlineData("<c.yellow>Gemini</c> three", "Gemini three")]
    [InlineData("<i>so</i> <b>very</b> <u>good</u>", "so very good")]
    [InlineData("<ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>", "漢字")]
    [InlineData("<lang en>Hello</lang> 你好", "Hello 你好")]
    [InlineData("One <00:00:01.500>two <00:00:01.800>three", "One two three")]
    [InlineData("Tom &amp; Jerry", "Tom & Jerry")]
    [InlineData("a &lt;b&gt; tag", "a <b> tag")]
    [InlineData("no&nbsp;break", "no break")]
    [InlineData("&lrm;left&rlm;", "left")]
    public void OtherTagsAreStrippedAndEntitiesDecoded(string text, string line)
    {
        var cue = OneCue(text);

        Assert.Equal([line], cue.Lines);
    }

    [Fact]
    public void TimingWithoutItsArrowAfterAnIdentifierIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("WEBVTT", "", "intro", "00:01.000 -- 00:02.000", "Hello."));

        Assert.Equal((File, 4, "expected a cue timing like 00:01:02.500 --> 00:01:04.000 after the cue identifier, found '00:01.000 -- 00:02.000'"),
            (error.File, error.Line, error.Expected));
    }

    [Fact]
    public void CueEndingBeforeItStartsIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("WEBVTT", "", "00:03.000 --> 00:02.000", "Hello."));

        Assert.Equal((3, "expected cue 1 to end after it starts, found '00:03.000 --> 00:02.000'"), (error.Line, error.Expected));
    }

    [Fact]
    public void ChaptersFileIsReadAsChapters()
    {
        var vtt = Parse("WEBVTT", "", "00:00.000 --> 02:00.000", "开场", "", "02:00.000 --> 04:16.000", "Gemini 3发布反响", "", "04:16.000 --> 06:47.000", "持续进步与创新");

        Assert.True(WebVttParser.TryReadChapters(vtt, out var chapters));
        Assert.Equal([new ChapterMark(0, "开场"), new ChapterMark(120, "Gemini 3发布反响"), new ChapterMark(256, "持续进步与创新")], chapters);
    }

    [Theory]
    [InlineData("00:00.000 --> 00:02.000", "Hello.")]
    [InlineData("00:00.000 --> 02:00.000", "<v Esme>Hello.")]
    [InlineData("00:00.000 --> 02:00.000", "你好。\nHello.")]
    public void SubtitlesAreNotChapters(string timing, string text)
    {
        var vtt = Parse("WEBVTT", "", timing, text, "", "02:00.000 --> 04:00.000", "Hi.");

        Assert.False(WebVttParser.TryReadChapters(vtt, out _));
    }

    [Fact]
    public void CueRightAfterTheHeaderWithoutABlankLineIsRead()
    {
        var vtt = Parse("WEBVTT", "Kind: captions", "00:01.000 --> 00:02.000", "Hello.");

        Assert.Equal(["Hello."], Assert.Single(vtt.Cues).Lines);
        Assert.Equal([LineKind.Header, LineKind.Header, LineKind.Header, LineKind.SegmentText], vtt.Lines.Select(l => l.Kind));
    }
}
