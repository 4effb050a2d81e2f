using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Tests.Chapters;

public sealed class SegmentTimingTests
{
    private static IReadOnlyList<ChapterMark> SeedMarks => [.. Seed.Transcript.Chapters.Select(c => new ChapterMark(c.StartSeconds, c.Title))];

    private static IReadOnlyList<int> SeedFirstSegments => [.. Seed.Transcript.Chapters.Select(c => c.FirstSegment)];

    [Fact]
    public void EstimatesNeverDecrease()
    {
        var times = SegmentTiming.Estimate(SeedMarks, SeedFirstSegments, Seed.Utterances);

        Assert.All(times.Zip(times.Skip(1)), t => Assert.True(t.First <= t.Second, $"{t.First} is after {t.Second}"));
    }

    [Fact]
    public void EachChapterStartsAtItsListedTime()
    {
        var times = SegmentTiming.Estimate(SeedMarks, SeedFirstSegments, Seed.Utterances);

        Assert.Equal(SeedMarks.Select(c => c.StartSeconds), SeedFirstSegments.Select(s => times[s - 1]));
    }

    [Fact]
    public void LastEntryIsWhenTheLastSegmentEnds()
    {
        var times = SegmentTiming.Estimate(SeedMarks, SeedFirstSegments, Seed.Utterances);

        Assert.Equal(611 + 1, times.Length);
        Assert.True(times[^1] > times[^2], $"the end {times[^1]} is not after the last start {times[^2]}");
        Assert.True(times[^1] > SeedMarks[^1].StartSeconds);
    }

    [Fact]
    public void SeedEpisodeLastsAboutFiftyMinutes()
    {
        var duration = Seed.Transcript.Episode.DurationSeconds;

        Assert.InRange(duration!.Value, 2917 + 60, 2917 + 600);
    }

    [Fact]
    public void SegmentsCarryTheEstimates()
    {
        var times = SegmentTiming.Estimate(SeedMarks, SeedFirstSegments, Seed.Utterances);

        Assert.Equal(times[..^1].Select(t => (int?)t), Seed.Transcript.Segments.Select(s => s.EstimatedStartSeconds));
        Assert.Equal(times[^1], Seed.Transcript.Episode.DurationSeconds);
    }

    [Fact]
    public void TimeBetweenChaptersIsSpreadByLengthOfSpeech()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", null, new string('a', 92)),
            new("Speaker 0", null, new string('a', 92)),
            new("Speaker 0", null, new string('a', 192)),
            new("Speaker 0", null, new string('a', 92)),
            new("Speaker 0", null, new string('a', 92)),
        ];
        ChapterMark[] chapters = [new(0, "一"), new(400, "二")];

        var times = SegmentTiming.Estimate(chapters, [1, 5], utterances);

        Assert.Equal([0, 80, 160, 320, 400], times[..5]);
    }

    [Fact]
    public void SingleChapterRunsAtATypicalPace()
    {
        Utterance[] utterances = [new("Speaker 0", null, new string('a', 152)), new("Speaker 0", null, new string('a', 152))];

        var times = SegmentTiming.Estimate([new ChapterMark(30, "一")], [1], utterances);

        Assert.Equal([30, 40, 50], times);
    }

    [Fact]
    public void NoChaptersGiveNoTimes()
    {
        Utterance[] utterances = [new("Speaker 0", "你好。", "Hello."), new("Speaker 1", "嗨。", "Hi.")];

        var times = SegmentTiming.Estimate([], [], utterances);

        Assert.Equal([0, 0, 0], times);
    }
}
