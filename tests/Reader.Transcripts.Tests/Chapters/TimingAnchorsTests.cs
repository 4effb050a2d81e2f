using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Tests.Chapters;

public sealed class TimingAnchorsTests
{
    // Chapters at segments 1 (0:00), 10 (2:00) and 20 (5:00) of 30; a pin at 15 (3:00).
    private static readonly IReadOnlyList<TimingAnchor> Anchors =
    [
        new(1, 0, AnchorKind.Chapter), new(10, 120, AnchorKind.Chapter), new(15, 180, AnchorKind.Pin), new(20, 300, AnchorKind.Chapter),
    ];

    [Theory]
    [InlineData(12, 130, null)]
    [InlineData(15, 200, null)]
    [InlineData(10, 120, null)]
    [InlineData(25, 400, null)]
    [InlineData(14, 180, null)]
    [InlineData(12, 110, "Pin at segment 12 (1:50) contradicts the chapter starting at segment 10 (2:00): a later segment cannot start before an earlier one.")]
    [InlineData(12, 190, "Pin at segment 12 (3:10) contradicts the pin at segment 15 (3:00): an earlier segment cannot start after a later one.")]
    [InlineData(17, 170.5, "Pin at segment 17 (2:50.5) contradicts the pin at segment 15 (3:00): a later segment cannot start before an earlier one.")]
    [InlineData(17, 301, "Pin at segment 17 (5:01) contradicts the chapter starting at segment 20 (5:00): an earlier segment cannot start after a later one.")]
    [InlineData(10, 125, "Pin at segment 10 (2:05) contradicts the chapter starting at segment 10 (2:00): a chapter's first segment starts at the chapter's time.")]
    [InlineData(31, 500, "Pin at segment 31 (8:20) refused: the transcript's segments are 1 to 30.")]
    [InlineData(0, 0, "Pin at segment 0 (0:00) refused: the transcript's segments are 1 to 30.")]
    [InlineData(5, -1, "Pin at segment 5 refused: expected a time from 0 seconds to 7 days (604800 seconds), found -1.")]
    [InlineData(5, 1e308, "Pin at segment 5 refused: expected a time from 0 seconds to 7 days (604800 seconds), found 1e+308.")]
    [InlineData(30, 604_800.5, "Pin at segment 30 refused: expected a time from 0 seconds to 7 days (604800 seconds), found 604800.5.")]
    [InlineData(30, 604_800, null)]
    public void PinsThatContradictAnAnchorAreRefusedNamingBoth(int segment, double seconds, string? refusal)
    {
        var answer = TimingAnchors.Refusal(Anchors, new TimingPin(segment, seconds), 30);

        Assert.Equal(refusal, answer);
    }

    [Fact]
    public void ARefusedPinThrowsWithItsMessage()
    {
        var error = Assert.Throws<PinRefusedException>(() => TimingAnchors.Add(Anchors, new TimingPin(12, 110), 30));

        Assert.StartsWith("Pin at segment 12 (1:50) contradicts the chapter starting at segment 10 (2:00)", error.Message);
    }

    [Fact]
    public void APinReplacesTheEarlierPinOfItsSegment()
    {
        var anchors = TimingAnchors.Add(Anchors, new TimingPin(15, 250), 30);

        Assert.Equal([1, 10, 15, 20], anchors.Select(a => a.Segment));
        Assert.Equal(250, anchors[2].Seconds);
    }

    [Fact]
    public void APinOnAChapterAtItsTimeLeavesTheChapterAsTheAnchor()
    {
        var anchors = TimingAnchors.Add(Anchors, new TimingPin(10, 120), 30);

        Assert.Equal(Anchors, anchors);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void ManyPinsAtOnceGiveWhatAddingThemOneByOneGives(int seed)
    {
        var random = new Random(seed);
        // A timed source (a cue on every segment) or chapters, and pins that often contradict them and each other.
        var segments = 200;
        IReadOnlyList<TimingAnchor> anchors = seed % 2 == 0
            ? TimingAnchors.Cues(Enumerable.Range(0, segments).Select(i => i * 3.0))
            : [new(1, 0, AnchorKind.Chapter), new(50, 150, AnchorKind.Chapter), new(120, 360, AnchorKind.Chapter), new(180, 540, AnchorKind.Chapter)];
        var pins = Enumerable.Range(0, 150).Select(_ => new TimingPin(random.Next(-1, segments + 2), random.Next(0, 200) * 3.0 + random.Next(0, 3))).ToList();

        var oneByOne = new List<IReadOnlyList<TimingAnchor>>();
        var refusals = new List<string?>();
        var current = anchors;
        foreach (var pin in pins)
        {
            var refusal = TimingAnchors.Refusal(current, pin, segments);
            refusals.Add(refusal);
            if (refusal is null)
                current = TimingAnchors.Add(current, pin, segments);
        }
        var atOnce = TimingAnchors.Add(anchors, pins, segments, leaveOutRefused: true);
        var firstRefusal = refusals.FirstOrDefault(r => r is not null);
        var thrown = Record.Exception(() => TimingAnchors.Add(anchors, pins, segments));

        Assert.Equal(current, atOnce);
        Assert.Equal(firstRefusal, thrown?.Message);
    }

    [Fact]
    public void MorePinsThanSegmentsAreRefusedSayingTheLimit()
    {
        TimingPin[] pins = [new(1, 0), new(2, 1), new(3, 2)];

        var error = Assert.Throws<PinRefusedException>(() => TimingAnchors.Add([], pins, 2));

        Assert.Equal("expected at most 2 pins, one per segment, found 3", error.Message);
    }

    [Fact]
    public void RemovingTakesOnlyPins()
    {
        var anchors = TimingAnchors.Remove(TimingAnchors.Remove(Anchors, 15), 10);

        Assert.Equal([1, 10, 20], anchors.Select(a => a.Segment));
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(2083, "34:43")]
    [InlineData(2083.25, "34:43.25")]
    [InlineData(59.9996, "1:00")]
    [InlineData(3723.5, "1:02:03.5")]
    public void TimesShowTheirFraction(double seconds, string shown)
    {
        Assert.Equal(shown, TimingAnchors.FormatTime(seconds));
    }
}
