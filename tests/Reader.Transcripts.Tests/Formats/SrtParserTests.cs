using Reader.Transcripts.Formats;

namespace Reader.Transcripts.Tests.Formats;

public sealed class SrtParserTests
{
    private const string File = "episode.srt";

    private static SubtitleFile Parse(params string[] lines) => SrtParser.Parse(File, string.Join("\n", lines));

    [Fact]
    public void CueIsANumberATimingAndItsTextLines()
    {
        var srt = Parse("1", "00:01:02,500 --> 00:01:04,000", "你好。", "Hello.", "", "2", "00:01:04,000 --> 00:01:05,250", "嗨。", "Hi.");

        Assert.Equal(2, srt.Cues.Count);
        var first = srt.Cues[0];
        Assert.Equal((1, 62.5, 64.0, 2, null as string), (first.Number, first.StartSeconds, first.EndSeconds, first.Line, first.Voice));
        Assert.Equal(["你好。", "Hello."], first.Lines);
        Assert.Equal((2, 64.0, 65.25, 7), (srt.Cues[1].Number, srt.Cues[1].StartSeconds, srt.Cues[1].EndSeconds, srt.Cues[1].Line));
        Assert.Empty(srt.Warnings);
    }

    [Theory]
    [InlineData("\uFEFF1\n00:00:01,000 --> 00:00:02,000\n你好。\nHello.\n\n2\n00:00:03,000 --> 00:00:04,000\n嗨。\nHi.\n")]
    [InlineData("1\r\n00:00:01,000 --> 00:00:02,000\r\n你好。\r\nHello.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\n嗨。\r\nHi.\r\n")]
    [InlineData("1\r00:00:01,000 --> 00:00:02,000\r你好。\rHello.\r\r2\r00:00:03,000 --> 00:00:04,000\r嗨。\rHi.\r")]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\n你好。\nHello.\n2\n00:00:03,000 --> 00:00:04,000\n嗨。\nHi.")]
    [InlineData("00:00:01,000 --> 00:00:02,000\n你好。\nHello.\n\n00:00:03,000 --> 00:00:04,000\n嗨。\nHi.\n")]
    [InlineData("00:00:01.000 --> 00:00:02.000\n你好。\nHello.\n00:00:03.000 --> 00:00:04.000\n嗨。\nHi.\n")]
    public void BomLineEndsMissingBlankLinesNumbersAndCommasReadTheSame(string text)
    {
        var srt = SrtParser.Parse(File, text);

        Assert.Equal([(1, 1.0, 2.0), (2, 3.0, 4.0)], srt.Cues.Select(c => (c.Number, c.StartSeconds, c.EndSeconds)));
        Assert.Equal([["你好。", "Hello."], ["嗨。", "Hi."]], srt.Cues.Select(c => c.Lines.ToArray()));
    }

    [Theory]
    [InlineData("00:01:02,500", 62.5)]
    [InlineData("00:01:02.500", 62.5)]
    [InlineData("1:02:03,000", 3723.0)]
    [InlineData("10:00:00,000", 36000.0)]
    [InlineData("100:00:00,000", 360000.0)]
    [InlineData("00:00:01,5", 1.5)]
    [InlineData("00:00:07", 7.0)]
    public void CueTimesMayHaveAnyHoursAndAPointOrAComma(string time, double seconds)
    {
        var srt = Parse("1", $"{time} --> {time}", "Hello.");

        Assert.Equal(seconds, srt.Cues[0].StartSeconds, 6);
    }

    [Fact]
    public void CuesOutOfOrderAreSortedByStartAndSameStartsKeepTheirOrder()
    {
        var srt = Parse("1", "00:00:05,000 --> 00:00:06,000", "C", "", "2", "00:00:01,000 --> 00:00:02,000", "A", "",
            "3", "00:00:01,000 --> 00:00:03,000", "B");

        Assert.Equal(["A", "B", "C"], srt.Cues.Select(c => c.Lines[0]));
        var warning = Assert.Single(srt.Warnings);
        Assert.Equal(new ParseWarning(6, "cue 2 starts before the cue above it; the cues are put in time order"), warning);
    }

    [Fact]
    public void OverlappingCuesAreBothKept()
    {
        var srt = Parse("1", "00:00:01,000 --> 00:00:05,000", "A", "", "2", "00:00:02,000 --> 00:00:03,000", "B");

        Assert.Equal([(1.0, 5.0), (2.0, 3.0)], srt.Cues.Select(c => (c.StartSeconds, c.EndSeconds)));
    }

    [Fact]
    public void CueWithThreeLinesKeepsThemAll()
    {
        var srt = Parse("1", "00:00:01,000 --> 00:00:02,000", "我们开始吧。", "Let's get", "started.");

        Assert.Equal(["我们开始吧。", "Let's get", "started."], srt.Cues[0].Lines);
    }

    [Fact]
    public void NumberInsideACuesTextIsText()
    {
        var srt = Parse("1", "00:00:01,000 --> 00:00:02,000", "1984", "was a year.");

        Assert.Equal(["1984", "was a year."], Assert.Single(srt.Cues).Lines);
    }

    [Theory]
    [InlineData("<i>Hello</i> there", "Hello there")]
    [InlineData("<b>Bold</b> and <u>under</u>", "Bold and under")]
    [InlineData("<font color=\"#ffff00\">你好</font>", "你好")]
    [InlineData("{\\an8}On top", "On top")]
    [InlineData("{\\an8}<i>Both</i>", "Both")]
    [InlineData("x < y and {braces}", "x < y and {braces}")]
    [InlineData("<script>alert(1)</script>", "alert(1)")]
    public void TagsAndOverrideBlocksAreStripped(string line, string text)
    {
        var srt = Parse("1", "00:00:01,000 --> 00:00:02,000", line);

        Assert.Equal([text], srt.Cues[0].Lines);
    }

    [Fact]
    public void CueOfOnlyTagsHasNoLines()
    {
        var srt = Parse("1", "00:00:01,000 --> 00:00:02,000", "<i></i>");

        Assert.Empty(srt.Cues[0].Lines);
    }

    [Theory]
    [InlineData("00:00:01,000 --> 00:00:xx,000", 6)]
    [InlineData("00:01:60,000 --> 00:01:61,000", 6)]
    [InlineData("-->", 6)]
    public void MalformedTimingLineIsAnErrorAtItsLine(string timing, int line)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("1", "00:00:00,000 --> 00:00:01,000", "Hi.", "", "2", timing, "Hello."));

        Assert.Equal((File, line, $"expected a cue timing like 00:01:02,500 --> 00:01:04,000, found '{timing}'"), (error.File, error.Line, error.Expected));
    }

    [Fact]
    public void NumberBeforeATimingWithoutItsArrowIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("1", "00:00:00,000 --> 00:00:01,000", "Hi.", "", "2", "00:00:01,000 - 00:00:02,000", "Hello."));

        Assert.Equal((6, "expected a cue timing like 00:01:02,500 --> 00:01:04,000, found '00:00:01,000 - 00:00:02,000'"), (error.Line, error.Expected));
    }

    [Fact]
    public void TextBeforeTheFirstCueIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("Subtitles by someone", "1", "00:00:00,000 --> 00:00:01,000", "Hi."));

        Assert.Equal((1, "expected a cue timing like 00:01:02,500 --> 00:01:04,000, found 'Subtitles by someone'"), (error.Line, error.Expected));
    }

    [Fact]
    public void CueEndingBeforeItStartsIsAnErrorNamingTheCue()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("1", "00:00:00,000 --> 00:00:01,000", "Hi.", "", "7", "00:00:05,000 --> 00:00:04,000", "Hello."));

        Assert.Equal((File, 6, "expected cue 7 to end after it starts, found '00:00:05,000 --> 00:00:04,000'"), (error.File, error.Line, error.Expected));
    }

    [Fact]
    public void EveryNonBlankLineIsAccountedOnce()
    {
        var srt = Parse("1", "00:00:01,000 --> 00:00:02,000", "你好。", "Hello.", "", "", "2", "00:00:03,000 --> 00:00:04,000", "嗨。");

        Assert.Equal([(1, LineKind.Header), (2, LineKind.Header), (3, LineKind.SegmentText), (4, LineKind.SegmentText),
            (7, LineKind.Header), (8, LineKind.Header), (9, LineKind.SegmentText)], srt.Lines.Select(l => (l.Number, l.Kind)));
    }

    [Theory]
    [InlineData("<a")]
    [InlineData("{\\a")]
    public void LineOfUnclosedMarkupIsReadInLinearTime(string piece)
    {
        // A million characters: searching the rest of the line at every opening would take minutes, a single pass milliseconds.
        var line = string.Concat(Enumerable.Repeat(piece, 1_000_000 / piece.Length));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var cue = Assert.Single(Parse("1", "00:00:01,000 --> 00:00:02,000", line).Cues);

        Assert.Equal(line, cue.Lines[0]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
