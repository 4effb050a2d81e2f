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

    [Fact]
    public void TheSidecarIsNamedLikeTheSpeakerSidecar()
    {
        Assert.Equal(Path.Combine("dir", "episode.times.json"), TimingSidecar.SidecarPathFor(Path.Combine("dir", "episode.txt")));
    }
}
