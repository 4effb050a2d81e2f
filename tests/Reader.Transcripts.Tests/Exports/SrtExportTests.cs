using System.Globalization;
using System.Text.RegularExpressions;
using Reader.Transcripts.Exports;

namespace Reader.Transcripts.Tests.Exports;

public sealed partial class SrtExportTests
{
    private const string Hostile = "</v><script>alert(1)</script> & \"x\" --> y";

    [GeneratedRegex(@"^[0-9]{2}:[0-5][0-9]:[0-5][0-9],[0-9]{3} --> [0-9]{2}:[0-5][0-9]:[0-5][0-9],[0-9]{3}$")]
    private static partial Regex TimingLine();

    [Fact]
    public void CuesAreNumberedFromOneWithoutGaps()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal(Enumerable.Range(1, 611).Select(n => n.ToString(CultureInfo.InvariantCulture)), Cues(srt).Select(c => c.Number));
    }

    [Fact]
    public void NumberingStaysConsecutiveWhenSegmentsAreLeftOut()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.From("zh", "Speaker 0"));

        var cues = Cues(srt);
        Assert.Equal(Seed.Transcript.Segments.Count(s => s.Speaker == "Speaker 1" && s.Zh is not null), cues.Count);
        Assert.Equal(Enumerable.Range(1, cues.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)), cues.Select(c => c.Number));
    }

    [Fact]
    public void TimingLinesUseHoursMinutesSecondsAndCommaMilliseconds()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.All(Cues(srt), c => Assert.Matches(TimingLine(), c.Timing));
    }

    [Fact]
    public void FirstCueStartsAtZero()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.StartsWith("1\n00:00:00,000 --> ", srt);
    }

    [Fact]
    public void CueTimesIncreaseAndEachCueEndsWhereTheNextStarts()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);

        var times = Cues(srt).Select(c => c.Timing.Split(" --> ").Select(Time).ToArray()).ToList();
        Assert.All(times, t => Assert.True(t[0] < t[1], $"a cue runs from {t[0]} to {t[1]}"));
        Assert.All(times.Zip(times.Skip(1)), t => Assert.Equal(t.First[1], t.Second[0]));
    }

    [Fact]
    public void TimesAreTheWebVttTimes()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);
        var vtt = WebVttExport.Write(Seed.Transcript, ExportOptions.Everything);

        var vttTimings = vtt.Split('\n').Where(line => line.Contains(" --> ", StringComparison.Ordinal));
        Assert.Equal(vttTimings, Cues(srt).Select(c => c.Timing.Replace(',', '.')));
    }

    [Fact]
    public void CuesAreSeparatedByOneBlankLine()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.DoesNotContain("\n\n\n", srt);
        Assert.EndsWith("\n\n", srt);
        Assert.All(srt.TrimEnd('\n').Split("\n\n"), block => Assert.Matches(@"^[0-9]+\n[^\n]+ --> [^\n]+\n[^\n]+(\n[^\n]+)?$", block));
    }

    [Fact]
    public void BilingualCuesHaveTheChineseLineThenTheEnglishLine()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal([Seed.SegmentAt(1).Zh!, Seed.SegmentAt(1).En!], Cues(srt)[0].Lines);
    }

    [Fact]
    public void SegmentWithoutChineseIsOneLineCue()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal(["at,"], Cues(srt)[434].Lines);
    }

    [Fact]
    public void CueTextHasNoVoiceTag()
    {
        var srt = SrtExport.Write(Seed.Transcript, ExportOptions.Everything);

        Assert.DoesNotContain("<v", srt);
    }

    [Fact]
    public void MarkupInTextIsEscaped()
    {
        var transcript = TranscriptText.WithSegments((0, "你好。", Hostile), (1, "再见。", "Bye.")).Parse();

        var srt = SrtExport.Write(transcript, ExportOptions.Everything);

        var cues = Cues(srt);
        Assert.Equal(2, cues.Count);
        Assert.StartsWith("&lt;/v&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\" ", cues[0].Lines[1]);
        Assert.DoesNotContain("<", cues[0].Lines[1]);
        Assert.DoesNotContain("-->", cues[0].Lines[1]);
    }

    [Fact]
    public void CueTimesPastAnHourCountHours()
    {
        var transcript = new TranscriptText { Chapters = "0:00 - 开场 1:02:03 - 尾声" }.Parse();

        var srt = SrtExport.Write(transcript, ExportOptions.Everything);

        Assert.StartsWith("01:02:03,000 --> ", Cues(srt)[1].Timing);
    }

    private sealed record Cue(string Number, string Timing, IReadOnlyList<string> Lines);

    private static IReadOnlyList<Cue> Cues(string srt) =>
        [.. srt.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block => block.Split('\n')).Select(lines => new Cue(lines[0], lines[1], lines[2..]))];

    private static TimeSpan Time(string text) => TimeSpan.ParseExact(text, @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture);
}
