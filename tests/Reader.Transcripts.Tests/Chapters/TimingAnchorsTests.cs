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
    [InlineData(5, -1, "Pin at segment 5 refused: expected a time of 0 seconds or more, found -1.")]
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
