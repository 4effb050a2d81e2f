using System.Globalization;
using Reader.Transcripts.Exports;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests.Exports;

public sealed class WebVttExportTests
{
    private const string Hostile = "</v><script>alert(1)</script> & \"x\" --> y";

    // The file

    [Fact]
    public void FileStartsWithTheWebVttSignature()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.StartsWith("WEBVTT\n\n", vtt);
    }

    [Fact]
    public void NoteSaysTheTimesAreEstimated()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        var note = Assert.Single(Blocks(vtt), b => b.StartsWith("NOTE\n", StringComparison.Ordinal));
        Assert.Contains("estimated", note, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("-->", note);
    }

    // The seed's cues

    [Fact]
    public void BothModeHasOneCuePerSegment()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal(611, Cues(vtt).Count);
    }

    [Fact]
    public void CueIdentifiersCountFromOne()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal(Enumerable.Range(1, 611).Select(n => n.ToString(CultureInfo.InvariantCulture)), Cues(vtt).Select(c => c.Id));
    }

    [Fact]
    public void FirstCueStartsAtZeroInTheHostsVoiceWithBothLines()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        var first = Cues(vtt)[0];
        Assert.Equal("00:00:00.000", first.Start);
        Assert.Equal("Logan Kilpatrick", first.Voice);
        Assert.Equal([Seed.SegmentAt(1).Zh!, "Gemini three, we're sitting here."], first.Lines);
    }

    [Fact]
    public void CueTextStartsWithTheVoiceTag()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        var firstCue = Blocks(vtt).First(b => b.StartsWith("1\n", StringComparison.Ordinal));
        Assert.StartsWith("1\n00:00:00.000 --> ", firstCue);
        Assert.Equal("<v Logan Kilpatrick>" + Seed.SegmentAt(1).Zh, firstCue.Split('\n')[2]);
    }

    [Fact]
    public void LastCueIsTheLastSegment()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        var last = Cues(vtt)[^1];
        Assert.Equal("Koray Kavukcuoglu", last.Voice);
        Assert.Equal([Seed.SegmentAt(611).Zh!, Seed.SegmentAt(611).En!], last.Lines);
    }

    [Fact]
    public void CueTimesParseAndEachCueEndsWhereTheNextStarts()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        var times = Cues(vtt).Select(c => (Start: Time(c.Start), End: Time(c.End))).ToList();
        Assert.All(times, t => Assert.True(t.Start < t.End, $"a cue runs from {t.Start} to {t.End}"));
        Assert.All(times.Zip(times.Skip(1)), t => Assert.Equal(t.First.End, t.Second.Start));
    }

    [Fact]
    public void ChineseModeLeavesOutTheSegmentWithoutChineseAndAllEnglish()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.From("zh", null));

        var cues = Cues(vtt);
        Assert.Equal(610, cues.Count);
        Assert.All(cues, c => Assert.Single(c.Lines));
        Assert.Equal(Seed.Transcript.Segments.Where(s => s.Zh is not null).Select(s => s.Zh!), cues.Select(c => c.Lines[0]));
    }

    [Fact]
    public void EnglishModeHasOnlyTheEnglishLines()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.From("en", null));

        var cues = Cues(vtt);
        Assert.All(cues, c => Assert.Single(c.Lines));
        Assert.Equal(Seed.Transcript.Segments.Where(s => s.En is not null).Select(s => s.En!), cues.Select(c => c.Lines[0]));
    }

    [Fact]
    public void HidingTheGuestLeavesOnlyTheHostsVoice()
    {
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.From(null, "Speaker 1"));

        var cues = Cues(vtt);
        Assert.Equal(Seed.Transcript.Segments.Count(s => s.Speaker == "Speaker 0"), cues.Count);
        Assert.All(cues, c => Assert.Equal("Logan Kilpatrick", c.Voice));
    }

    // Hostile text

    [Fact]
    public void MarkupInTextIsEscaped()
    {
        var transcript = TranscriptText.WithSegments((0, "你好。", Hostile), (1, "再见。", "Bye.")).Parse();

        var vtt = WebVttExport.Write(transcript, ExportOptions.Everything);

        var english = Cues(vtt)[0].RawLines[1];
        Assert.StartsWith("&lt;/v&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\" ", english);
        Assert.DoesNotContain("<", english);
        Assert.DoesNotContain(">", english);
    }

    [Fact]
    public void ArrowInTextCannotEndTheTimingOrStartACue()
    {
        var transcript = TranscriptText.WithSegments((0, "你好 --> 世界", Hostile), (1, "再见。", "Bye.")).Parse();

        var vtt = WebVttExport.Write(transcript, ExportOptions.Everything);

        var cues = Cues(vtt);
        Assert.Equal(2, cues.Count);
        Assert.All(cues.SelectMany(c => c.RawLines), line => Assert.DoesNotContain("-->", line));
    }

    [Fact]
    public void HostileSegmentStaysOneCueOfTwoLines()
    {
        var transcript = TranscriptText.WithSegments((0, "你好。", Hostile), (1, "再见。", "Bye.")).Parse();

        var vtt = WebVttExport.Write(transcript, ExportOptions.Everything);

        var cues = Cues(vtt);
        Assert.Equal(2, cues.Count);
        Assert.Equal(2, cues[0].Lines.Count);
        Assert.Equal(["再见。", "Bye."], cues[1].Lines);
    }

    [Fact]
    public void LineBreaksInsideSegmentTextDoNotSplitTheCue()
    {
        var parsed = TranscriptText.WithSegments((0, "你好。", "Hello."), (1, "再见。", "Bye.")).Parse();
        var transcript = parsed with { Segments = [parsed.Segments[0] with { En = "first\n\nsecond\r\nthird" }, parsed.Segments[1]] };

        var vtt = WebVttExport.Write(transcript, ExportOptions.Everything);

        var cues = Cues(vtt);
        Assert.Equal(2, cues.Count);
        Assert.Equal(2, cues[0].Lines.Count);
        Assert.Contains("first", cues[0].Lines[1]);
        Assert.Contains("third", cues[0].Lines[1]);
    }

    [Theory]
    [InlineData("<b>bold</b>")]
    [InlineData("a & b")]
    [InlineData("&amp; is already an entity")]
    [InlineData("&lt;not a tag&gt;")]
    [InlineData("<v Someone>speaks")]
    [InlineData("x < y > z")]
    [InlineData("<c.yellow>colored</c> <00:00:01.000> timestamp")]
    public void EscapedTextReadsBackAsWritten(string english)
    {
        var transcript = TranscriptText.WithSegments((0, "你好。", english), (1, "再见。", "Bye.")).Parse();

        var vtt = WebVttExport.Write(transcript, ExportOptions.Everything);

        Assert.Equal(english, Cues(vtt)[0].Lines[1]);
    }

    [Fact]
    public void SpeakerNameIsEscapedInTheVoiceTag()
    {
        var overrides = new Dictionary<string, SpeakerOverride> { ["Speaker 0"] = new("Ada <Lovelace> & \"Co\"", null) };
        var transcript = TranscriptText.WithSegments((0, "你好。", "Hello."), (1, "再见。", "Bye.")).Parse(overrides);

        var vtt = WebVttExport.Write(transcript, ExportOptions.Everything);

        var cue = Cues(vtt)[0];
        Assert.StartsWith("<v Ada &lt;Lovelace&gt; &amp; \"Co\">你好。", cue.RawText[0]);
        Assert.Equal("Ada <Lovelace> & \"Co\"", cue.Voice);
    }

    // Reading the file back

    /// <param name="RawText">The cue's text lines as written, the voice tag included.</param>
    /// <param name="RawLines">The text lines as written, without the voice tag.</param>
    /// <param name="Lines">The text lines with the escapes undone.</param>
    private sealed record Cue(string Id, string Start, string End, string? Voice, IReadOnlyList<string> RawText, IReadOnlyList<string> RawLines, IReadOnlyList<string> Lines);

    private static IReadOnlyList<string> Blocks(string vtt) => vtt.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyList<Cue> Cues(string vtt) =>
        [.. Blocks(vtt).Skip(1).Where(b => !b.StartsWith("NOTE\n", StringComparison.Ordinal)).Select(ReadCue)];

    private static Cue ReadCue(string block)
    {
        var lines = block.Split('\n');
        Assert.True(lines.Length >= 3, $"a cue needs an identifier, a timing line and text: '{block}'");
        Assert.DoesNotContain(lines, line => line.Trim().Length == 0);
        var timing = lines[1].Split(" --> ");
        Assert.Equal(2, timing.Length);

        var text = lines[2..];
        string? voice = null;
        var rawLines = text.ToArray();
        if (text[0].StartsWith("<v ", StringComparison.Ordinal))
        {
            var close = text[0].IndexOf('>', StringComparison.Ordinal);
            voice = Unescape(text[0][3..close]);
            rawLines[0] = text[0][(close + 1)..];
        }
        return new Cue(lines[0], timing[0], timing[1], voice, text, rawLines, [.. rawLines.Select(Unescape)]);
    }

    private static string Unescape(string text) => text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");

    private static TimeSpan Time(string text) => TimeSpan.ParseExact(text, @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
}
