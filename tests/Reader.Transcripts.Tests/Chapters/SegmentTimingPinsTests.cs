using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Tests.Chapters;

public sealed class SegmentTimingPinsTests
{
    private static IReadOnlyList<TimingAnchor> SeedChapters => TimingAnchors.Of(Seed.Transcript.Chapters);

    private static double[] SeedSpeech => SegmentTiming.Speech(Seed.Utterances);

    // Inside chapters 3, 7 and 11, and two after the last chapter (segment 589 at 48:37, of 611).
    private static readonly TimingPin[] SeedPins = [new(60, 280), new(200, 1070.5), new(330, 1650), new(600, 2990), new(608, 3050)];

    [Fact]
    public void WithoutPinsTheEstimatesAreTheChaptersOnesAsBefore()
    {
        var starts = SegmentTiming.Floor(SegmentTiming.Starts(SeedSpeech, SeedChapters));

        Assert.Equal(Seed.Transcript.Segments.Select(s => s.EstimatedStartSeconds!.Value), starts[..^1]);
    }

    [Fact]
    public void EstimatesAreExactAtEveryPinAndChapterAndNeverDecrease()
    {
        var anchors = TimingAnchors.Of(Seed.Transcript.Chapters, SeedPins, 611);

        var starts = SegmentTiming.Starts(SeedSpeech, anchors);

        Assert.All(anchors, a => Assert.Equal(a.Seconds, starts[a.Segment - 1]));
        Assert.Equal(Seed.ChapterTimes.Length + SeedPins.Length, anchors.Count);
        Assert.All(starts.Zip(starts.Skip(1)), t => Assert.True(t.First <= t.Second, $"{t.First} is after {t.Second}"));
    }

    [Fact]
    public void APinMovesOnlyTheTimesBetweenItsNeighbours()
    {
        var before = SegmentTiming.Starts(SeedSpeech, SeedChapters);
        var chapter = Seed.Transcript.Chapters.First(c => c.FirstSegment > 200);
        var previous = Seed.Transcript.Chapters.Last(c => c.FirstSegment <= 200);

        var after = SegmentTiming.Starts(SeedSpeech, TimingAnchors.Add(SeedChapters, new TimingPin(200, before[199] + 30), 611));

        Assert.Equal(before[..(previous.FirstSegment - 1)], after[..(previous.FirstSegment - 1)]);
        Assert.Equal(before[(chapter.FirstSegment - 1)..], after[(chapter.FirstSegment - 1)..]);
        Assert.True(after[198] > before[198] && after[201] > before[201]);
    }

    [Fact]
    public void AfterTheLastAnchorTimesRunAtThePaceBetweenTheFirstAndLastAnchor()
    {
        Utterance[] utterances = [.. Enumerable.Repeat(new Utterance("Speaker 0", null, new string('a', 92)), 6)];
        TimingAnchor[] anchors = [new(1, 0, AnchorKind.Chapter), new(3, 40, AnchorKind.Pin)];

        var starts = SegmentTiming.Starts(SegmentTiming.Speech(utterances), anchors);

        // 200 weight units in 40 s: 5 a second, 20 s a segment.
        Assert.Equal([0, 20, 40, 60, 80, 100, 120], starts);
    }

    [Fact]
    public void PinsTimeAnEpisodeWithoutChapters()
    {
        Utterance[] utterances = [.. Enumerable.Repeat(new Utterance("Speaker 0", null, new string('a', 152)), 3)];

        var starts = SegmentTiming.Starts(SegmentTiming.Speech(utterances), [new TimingAnchor(2, 100, AnchorKind.Pin)]);

        Assert.Equal([90, 100, 110, 120], starts);
    }

    [Fact]
    public void TheParseAppliesThePinsToSegmentsAndDuration()
    {
        var transcript = TranscriptParser.Parse(Seed.File, Seed.Bytes, null, ("seed.times.json", SeedPins));

        Assert.All(SeedPins, p => Assert.Equal((int)Math.Floor(p.Seconds), transcript.Segments[p.Segment - 1].EstimatedStartSeconds));
        Assert.Equal(SeedPins, transcript.Pins);
        Assert.NotEqual(Seed.Transcript.Episode.DurationSeconds, transcript.Episode.DurationSeconds);
    }

    [Fact]
    public void AContradictingPinFailsTheParseAtTheSidecar()
    {
        var error = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptParser.Parse(Seed.File, Seed.Bytes, null, ("seed.times.json", [new TimingPin(60, 280), new TimingPin(61, 270)])));

        Assert.Equal("seed.times.json", error.File);
        Assert.Equal("Pin at segment 61 (4:30) contradicts the pin at segment 60 (4:40): a later segment cannot start before an earlier one.", error.Expected);
    }
}
