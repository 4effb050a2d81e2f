using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Tests.Chapters;

public sealed class TimingSidecarTests
{
    [Fact]
    public void SerializedPinsParseBackTheSameBySegment()
    {
        TimingPin[] pins = [new(437, 2083), new(12, 61.25)];

        var parsed = TimingSidecar.Parse("a.times.json", TimingSidecar.Serialize(pins));

        Assert.Equal([new TimingPin(12, 61.25), new TimingPin(437, 2083)], parsed);
    }

    [Fact]
    public void TheDocumentedFormatIsRead()
    {
        var pins = TimingSidecar.Parse("a.times.json", """{ "pins": [{ "segment": 437, "seconds": 2083 }] }""");

        Assert.Equal([new TimingPin(437, 2083)], pins);
    }

    [Fact]
    public void NoPinsIsAnEmptyList()
    {
        Assert.Empty(TimingSidecar.Parse("a.times.json", TimingSidecar.Serialize([])));
    }

    [Theory]
    [InlineData("[]", "expected a JSON object like { \"pins\": [{ \"segment\": 437, \"seconds\": 2083 }] }")]
    [InlineData("{ \"pins\": {} }", "expected a JSON object like")]
    [InlineData("{ \"pins\": [{ \"segment\": 0, \"seconds\": 1 }] }", "expected pin 1 to be like")]
    [InlineData("{ \"pins\": [{ \"segment\": 1, \"seconds\": 1 }, { \"segment\": 2.5, \"seconds\": 1 }] }", "expected pin 2 to be like")]
    [InlineData("{ \"pins\": [{ \"segment\": 3, \"seconds\": \"1:00\" }] }", "found { \"segment\": 3, \"seconds\": \"1:00\" }")]
    [InlineData("{ \"pins\": [{ \"segment\": 3, \"seconds\": -2 }] }", "seconds from 0")]
    [InlineData("{ \"pins\": [{ \"segment\": 3, \"seconds\": 1 }, { \"segment\": 3, \"seconds\": 2 }] }", "expected each segment pinned once, found segment 3 twice")]
    [InlineData("{ \"pins\": [", "expected valid JSON")]
    public void SidecarsOfTheWrongShapeAreRejectedNamingTheFile(string json, string expected)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => TimingSidecar.Parse("a.times.json", json));

        Assert.Equal("a.times.json", error.File);
        Assert.Contains(expected, error.Expected);
    }

    [Theory]
    [InlineData("1e308", "expected pin 2's seconds to be at most 604800 (7 days), found 1e+308")]
    [InlineData("604800.001", "expected pin 2's seconds to be at most 604800 (7 days), found 604800.001")]
    [InlineData("1e400", "expected pin 2 to be like")]
    public void APinPastSevenDaysIsRefusedAtItsLine(string seconds, string expected)
    {
        var json = "{\n  \"pins\": [\n    { \"segment\": 1, \"seconds\": 0 },\n    { \"segment\": 2, \"seconds\": " + seconds + " }\n  ]\n}\n";

        var error = Assert.Throws<TranscriptFormatException>(() => TimingSidecar.Parse("a.times.json", json));

        Assert.Equal(("a.times.json", 4), (error.File, error.Line));
        Assert.StartsWith(expected, error.Expected);
    }

    [Fact]
    public void APinAtSevenDaysIsKept()
    {
        var pins = TimingSidecar.Parse("a.times.json", """{ "pins": [{ "segment": 2, "seconds": 604800 }] }""");

        Assert.Equal([new TimingPin(2, 604_800)], pins);
    }

    [Fact]
    public void ASegmentPinnedTwiceIsNamedAtItsSecondLine()
    {
        var json = TimingSidecar.Serialize([new(1, 0), new(2, 5), new(3, 9)]).Replace("\"segment\": 3", "\"segment\": 1");

        var error = Assert.Throws<TranscriptFormatException>(() => TimingSidecar.Parse("a.times.json", json));

        Assert.Equal("a.times.json:5: expected each segment pinned once, found segment 1 twice", error.Message);
    }

    [Fact]
    public void MorePinsThanTheLimitAreRefusedCountingThemAtTheFirstOneOver()
    {
        var json = TimingSidecar.Serialize(Enumerable.Range(1, TimingSidecar.MaxPins + 2).Select(i => new TimingPin(i, i)));

        var error = Assert.Throws<TranscriptFormatException>(() => TimingSidecar.Parse("a.times.json", json));

        // Line 1 is the opening brace, line 2 "pins": [, then one pin a line.
        Assert.Equal($"a.times.json:{TimingSidecar.MaxPins + 3}: expected at most 100,000 pins, found 100,002", error.Message);
    }

    [Fact]
    public void ASidecarOverTheLimitIsRefusedBeforeItIsParsedNamingTheLine()
    {
        var pin = "    { \"segment\": 1, \"seconds\": 0 },\n";
        var json = "{ \"pins\": [\n" + string.Concat(Enumerable.Repeat(pin, TimingSidecar.MaxBytes / pin.Length + 10)) + "] }";
        var line = TimingSidecar.MaxBytes / pin.Length + 2;

        var error = Assert.Throws<TranscriptFormatException>(() => TimingSidecar.Parse("a.times.json", json));

        Assert.Equal("a.times.json", error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("expected a timing sidecar of at most 8 MiB, found 8 MiB", error.Expected);
    }

    [Fact]
    public void TheSidecarIsNamedLikeTheSpeakerSidecar()
    {
        Assert.Equal(Path.Combine("dir", "episode.times.json"), TimingSidecar.SidecarPathFor(Path.Combine("dir", "episode.txt")));
    }
}
