using System.Text.Json;
using Reader.Transcripts.Exports;

namespace Reader.Transcripts.Tests.Exports;

public sealed class PodcastJsonExportTests
{
    // The transcript

    [Fact]
    public void TranscriptHasAVersionAndSaysTimesAreEstimated()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.Everything);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("1.0.0", document.RootElement.GetProperty("version").GetString());
        Assert.True(document.RootElement.GetProperty("estimatedTimes").GetBoolean());
    }

    [Fact]
    public void SegmentsHaveSpeakerStartTimeEndTimeAndBody()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.Everything);

        using var document = JsonDocument.Parse(json);
        Assert.All(Segments(document), s =>
        {
            Assert.Equal(JsonValueKind.String, s.GetProperty("speaker").ValueKind);
            Assert.Equal(JsonValueKind.Number, s.GetProperty("startTime").ValueKind);
            Assert.Equal(JsonValueKind.Number, s.GetProperty("endTime").ValueKind);
            Assert.Equal(JsonValueKind.String, s.GetProperty("body").ValueKind);
        });
    }

    [Fact]
    public void BothModeHasOneSegmentPerSourceSegment()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.Everything);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(611, Segments(document).Count);
    }

    [Fact]
    public void EverySegmentStartsBeforeItEndsAndAfterThePreviousOne()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.Everything);

        using var document = JsonDocument.Parse(json);
        var times = Segments(document).Select(s => (Start: s.GetProperty("startTime").GetDouble(), End: s.GetProperty("endTime").GetDouble())).ToList();
        Assert.All(times, t => Assert.True(t.Start < t.End, $"a segment runs from {t.Start} to {t.End}"));
        Assert.All(times.Zip(times.Skip(1)), t => Assert.True(t.First.Start < t.Second.Start && t.First.End <= t.Second.Start,
            $"{t.First} overlaps or is not before {t.Second}"));
    }

    [Fact]
    public void FirstSegmentIsTheHostAtZero()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.Everything);

        using var document = JsonDocument.Parse(json);
        var first = Segments(document)[0];
        Assert.Equal("Logan Kilpatrick", first.GetProperty("speaker").GetString());
        Assert.Equal(0, first.GetProperty("startTime").GetDouble());
    }

    [Fact]
    public void BothModeBodiesHoldTheChineseLineThenTheEnglishLine()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.Everything);

        using var document = JsonDocument.Parse(json);
        var expected = Seed.Transcript.Segments.Select(s => s.Zh is null ? s.En : s.En is null ? s.Zh : s.Zh + "\n" + s.En);
        Assert.Equal(expected, Segments(document).Select(s => s.GetProperty("body").GetString()));
    }

    [Fact]
    public void SegmentWithoutChineseHasOnlyItsEnglishBody()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.Everything);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("at,", Segments(document)[434].GetProperty("body").GetString());
    }

    [Fact]
    public void EnglishModeBodiesHoldOnlyEnglish()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.From("en", null));

        using var document = JsonDocument.Parse(json);
        Assert.Equal(Seed.Transcript.Segments.Select(s => s.En), Segments(document).Select(s => s.GetProperty("body").GetString()));
    }

    [Fact]
    public void HiddenSpeakersAreLeftOut()
    {
        var json = PodcastJsonExport.Transcript(Seed.Transcript, ExportOptions.From(null, "Speaker 0"));

        using var document = JsonDocument.Parse(json);
        Assert.All(Segments(document), s => Assert.Equal("Koray Kavukcuoglu", s.GetProperty("speaker").GetString()));
    }

    [Fact]
    public void HostileTextReadsBackAsWritten()
    {
        const string hostile = "</v><script>alert(1)</script> & \"x\" --> y \\ \u2028 '\t'";
        var transcript = TranscriptText.WithSegments((0, "你好。", hostile), (1, "再见。", "Bye.")).Parse();

        var json = PodcastJsonExport.Transcript(transcript, ExportOptions.Everything);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("你好。\n" + hostile, Segments(document)[0].GetProperty("body").GetString());
    }

    // The chapters

    [Fact]
    public void ChaptersHaveVersion120()
    {
        var json = PodcastJsonExport.Chapters(Seed.Transcript);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("1.2.0", document.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void ChaptersStartAtTheListedTimes()
    {
        var json = PodcastJsonExport.Chapters(Seed.Transcript);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(Seed.ChapterTimes, Chapters(document).Select(c => c.GetProperty("startTime").GetInt32()));
    }

    [Fact]
    public void ChapterTitlesAreAsWritten()
    {
        var json = PodcastJsonExport.Chapters(Seed.Transcript);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(Seed.ChapterTitles, Chapters(document).Select(c => c.GetProperty("title").GetString()));
    }

    private static List<JsonElement> Segments(JsonDocument document) => [.. document.RootElement.GetProperty("segments").EnumerateArray()];

    private static List<JsonElement> Chapters(JsonDocument document) => [.. document.RootElement.GetProperty("chapters").EnumerateArray()];
}
