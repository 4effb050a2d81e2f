using Reader.Transcripts.Exports;

namespace Reader.Transcripts.Tests.Exports;

public sealed class ExportPlanTests
{
    [Fact]
    public void WithoutEstimatedTimesCuesFollowTheLengthOfTheText()
    {
        var transcript = Seed.Transcript with
        {
            Segments = [.. Seed.Transcript.Segments.Select(s => s with { Chapter = null, EstimatedStartSeconds = null })],
        };

        var plan = ExportPlan.Of(transcript, ExportOptions.Everything);

        Assert.Equal(611, plan.Count);
        Assert.All(plan.Zip(plan.Skip(1)), p => Assert.True(p.First.Start < p.Second.Start && p.First.End == p.Second.Start));
        Assert.InRange(plan[^1].Start, 40 * 60, 80 * 60);
    }

    // The seed

    [Fact]
    public void SeedCueStartsStrictlyIncrease()
    {
        var plan = ExportPlan.Of(Seed.Transcript, ExportOptions.Everything);

        Assert.All(plan.Zip(plan.Skip(1)), p => Assert.True(p.First.Start < p.Second.Start,
            $"segment {p.Second.Segment.Index} starts at {p.Second.Start}, not after segment {p.First.Segment.Index} at {p.First.Start}"));
    }

    [Fact]
    public void SeedCuesEndWhereTheNextOneStarts()
    {
        var plan = ExportPlan.Of(Seed.Transcript, ExportOptions.Everything);

        Assert.All(plan.Zip(plan.Skip(1)), p => Assert.Equal(p.Second.Start, p.First.End));
    }

    [Fact]
    public void SeedCuesAllHaveSomeLength()
    {
        var plan = ExportPlan.Of(Seed.Transcript, ExportOptions.Everything);

        Assert.All(plan, s => Assert.True(s.End > s.Start, $"segment {s.Segment.Index} runs from {s.Start} to {s.End}"));
    }

    [Fact]
    public void SeedPlanHasEverySegmentInOrder()
    {
        var plan = ExportPlan.Of(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal(Enumerable.Range(1, 611), plan.Select(s => s.Segment.Index));
    }

    [Fact]
    public void SeedSegmentsSharingAnEstimatedSecondStayInsideIt()
    {
        var plan = ExportPlan.Of(Seed.Transcript, ExportOptions.Everything);

        var shared = plan.GroupBy(s => s.Segment.EstimatedStartSeconds!.Value).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared.SelectMany(g => g), s => Assert.True(s.Start >= s.Segment.EstimatedStartSeconds && s.Start < s.Segment.EstimatedStartSeconds + 1,
            $"segment {s.Segment.Index}, estimated at {s.Segment.EstimatedStartSeconds} s, starts at {s.Start}"));
    }

    [Fact]
    public void SeedLastCueEndsAtOrAfterTheEpisodeEnds()
    {
        var plan = ExportPlan.Of(Seed.Transcript, ExportOptions.Everything);

        Assert.True(plan[^1].End >= Seed.Transcript.Episode.DurationSeconds!.Value,
            $"the last cue ends at {plan[^1].End}, before the episode's {Seed.Transcript.Episode.DurationSeconds}");
    }

    [Fact]
    public void LastShownCueEndsAtOrAfterTheEpisodeEndsWhenItsSpeakerIsNotTheLastOne()
    {
        var options = ExportOptions.From(null, "Speaker 1");

        var plan = ExportPlan.Of(Seed.Transcript, options);

        Assert.True(plan[^1].End >= Seed.Transcript.Episode.DurationSeconds!.Value,
            $"the last cue ends at {plan[^1].End}, before the episode's {Seed.Transcript.Episode.DurationSeconds}");
    }

    [Fact]
    public void LastCueRunsToTheEpisodesEndWhenThatIsLongAfterItsStart()
    {
        var transcript = WithEstimatedStarts(10, 11);
        transcript = transcript with { Episode = transcript.Episode with { DurationSeconds = 100 } };

        var plan = ExportPlan.Of(transcript, ExportOptions.Everything);

        Assert.Equal(100, plan[^1].End);
    }

    [Fact]
    public void SeedSegmentsCarryTheirSpeakersNames()
    {
        var plan = ExportPlan.Of(Seed.Transcript, ExportOptions.Everything);

        Assert.Equal(["Koray Kavukcuoglu", "Logan Kilpatrick"], plan.Select(s => s.SpeakerName).Distinct().Order());
        Assert.Equal("Logan Kilpatrick", plan[0].SpeakerName);
        Assert.Equal("Koray Kavukcuoglu", plan[^1].SpeakerName);
    }

    // What is left out

    [Fact]
    public void HiddenSpeakersAreLeftOut()
    {
        var options = ExportOptions.From(null, "Speaker 1");

        var plan = ExportPlan.Of(Seed.Transcript, options);

        Assert.Equal(Seed.Transcript.Segments.Where(s => s.Speaker == "Speaker 0").Select(s => s.Index), plan.Select(s => s.Segment.Index));
    }

    [Fact]
    public void HidingEverySpeakerLeavesNothing()
    {
        var options = ExportOptions.From(null, "Speaker 0,Speaker 1");

        var plan = ExportPlan.Of(Seed.Transcript, options);

        Assert.Empty(plan);
    }

    [Fact]
    public void ChineseModeLeavesOutTheSegmentWithoutChinese()
    {
        var options = ExportOptions.From("zh", null);

        var plan = ExportPlan.Of(Seed.Transcript, options);

        Assert.Equal(610, plan.Count);
        Assert.DoesNotContain(plan, s => s.Segment.Index == 435);
        Assert.All(plan, s => Assert.Equal([s.Segment.Zh!], s.Lines));
    }

    [Fact]
    public void EnglishModeLeavesOutSegmentsWithoutEnglish()
    {
        var transcript = TranscriptText.WithBody("Speaker 0", "你好。", "Hello.", "Speaker 1", "只有中文。", "Speaker 0", "再见。", "Bye.").Parse();
        var options = ExportOptions.From("en", null);

        var plan = ExportPlan.Of(transcript, options);

        Assert.Equal([1, 3], plan.Select(s => s.Segment.Index));
        Assert.Equal(["Hello.", "Bye."], plan.Select(s => Assert.Single(s.Lines)));
    }

    [Fact]
    public void CuesStillEndWhereTheNextShownOneStartsWhenSegmentsAreLeftOut()
    {
        var options = ExportOptions.From("zh", "Speaker 0");

        var plan = ExportPlan.Of(Seed.Transcript, options);

        Assert.All(plan.Zip(plan.Skip(1)), p => Assert.Equal(p.Second.Start, p.First.End));
        Assert.All(plan, s => Assert.True(s.End > s.Start, $"segment {s.Segment.Index} runs from {s.Start} to {s.End}"));
    }

    // Spreading shared seconds

    [Theory]
    [InlineData(new[] { 10, 11, 12 }, new[] { 10.0, 11.0, 12.0 })]
    [InlineData(new[] { 10, 10, 11 }, new[] { 10.0, 10.5, 11.0 })]
    [InlineData(new[] { 10, 10, 10, 11 }, new[] { 10.0, 10.333, 10.667, 11.0 })]
    [InlineData(new[] { 10, 11, 11, 11, 11 }, new[] { 10.0, 11.0, 11.25, 11.5, 11.75 })]
    public void SegmentsSharingASecondAreSpreadEvenlyAcrossIt(int[] estimated, double[] expected)
    {
        var transcript = WithEstimatedStarts(estimated);

        var plan = ExportPlan.Of(transcript, ExportOptions.Everything);

        Assert.Equal(expected, plan.Select(s => Math.Round(s.Start, 3)));
    }

    [Fact]
    public void SegmentsSharingASecondStayInsideItWhenTheNextSegmentStartsLater()
    {
        var transcript = WithEstimatedStarts(10, 10, 15);

        var plan = ExportPlan.Of(transcript, ExportOptions.Everything);

        Assert.Equal([10.0, 10.5, 15.0], plan.Select(s => Math.Round(s.Start, 3)));
    }

    [Fact]
    public void TranscriptWithoutChaptersStillHasIncreasingCuesWithLength()
    {
        var transcript = (TranscriptText.WithSegments((0, "一。", "One."), (1, "二。", "Two."), (0, "三。", "Three.")) with { Chapters = null }).Parse();

        var plan = ExportPlan.Of(transcript, ExportOptions.Everything);

        Assert.Equal(3, plan.Count);
        Assert.All(plan.Zip(plan.Skip(1)), p => Assert.True(p.First.Start < p.Second.Start && p.First.End == p.Second.Start));
        Assert.True(plan[^1].End > plan[^1].Start);
    }

    private static Transcript WithEstimatedStarts(params int[] seconds)
    {
        var transcript = TranscriptText.WithSegments([.. seconds.Select((_, i) => (i % 2, $"第{i + 1}句。", $"Line {i + 1}."))]).Parse();
        return transcript with { Segments = [.. transcript.Segments.Select((s, i) => s with { EstimatedStartSeconds = seconds[i] })] };
    }
}
