using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests.Speakers;

public sealed class SpeakerOverridesTests
{
    [Fact]
    public void SerializedOverridesParseBackTheSame()
    {
        var overrides = new Dictionary<string, SpeakerOverride>
        {
            ["Speaker 0"] = new("Logan Kilpatrick", SpeakerRole.Host),
            ["Speaker 1"] = new("科莱·卡武克乔格鲁", null),
            ["Speaker 2"] = new(null, SpeakerRole.Unknown),
            ["Speaker 3"] = new(null, null),
        };

        var parsed = SpeakerOverrides.Parse("a.speakers.json", SpeakerOverrides.Serialize(overrides));

        Assert.Equal(overrides.OrderBy(o => o.Key), parsed.OrderBy(o => o.Key));
    }

    [Fact]
    public void SerializedOverridesAreReadableJson()
    {
        var overrides = new Dictionary<string, SpeakerOverride> { ["Speaker 1"] = new("科莱·卡武克乔格鲁", SpeakerRole.Guest) };

        var json = SpeakerOverrides.Serialize(overrides);

        Assert.Contains("\"name\": \"科莱·卡武克乔格鲁\"", json);
        Assert.Contains("\"role\": \"guest\"", json);
    }

    [Fact]
    public void SidecarFormatFromTheDocumentationIsRead()
    {
        const string json = """
            // corrected by hand
            {
              "Speaker 1": { "name": " Koray Kavukcuoglu ", "role": "Guest" },
              "Speaker 0": { "role": "host", },
            }
            """;

        var overrides = SpeakerOverrides.Parse("a.speakers.json", json);

        Assert.Equal(new SpeakerOverride("Koray Kavukcuoglu", SpeakerRole.Guest), overrides["Speaker 1"]);
        Assert.Equal(new SpeakerOverride(null, SpeakerRole.Host), overrides["Speaker 0"]);
    }

    [Theory]
    [InlineData("{\n  \"Speaker 0\": { \"name\": \"A\" }\n  \"Speaker 1\": {}\n}", 3)]
    [InlineData("{\n  \"Speaker 0\": {\n    \"name\": \"A\n  }\n}", 3)]
    [InlineData("{\n  \"Speaker 0\": {", 2)]
    [InlineData("not json", 1)]
    public void InvalidJsonIsRejectedAtItsLine(string json, int line)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => SpeakerOverrides.Parse("a.speakers.json", json));

        Assert.Equal("a.speakers.json", error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("expected valid JSON", error.Expected);
    }

    [Theory]
    [InlineData("[]", "expected a JSON object mapping speaker labels")]
    [InlineData("{ \"Speaker 0\": \"Logan\" }", "expected an object for 'Speaker 0'")]
    public void JsonOfTheWrongShapeIsRejected(string json, string expected)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => SpeakerOverrides.Parse("a.speakers.json", json));

        Assert.Contains(expected, error.Expected);
    }

    [Theory]
    [InlineData("moderator")]
    [InlineData("")]
    [InlineData("host, guest")]
    public void UnknownRoleIsRejected(string role)
    {
        var json = $$"""{ "Speaker 0": { "role": "{{role}}" } }""";

        var error = Assert.Throws<TranscriptFormatException>(() => SpeakerOverrides.Parse("a.speakers.json", json));

        Assert.Equal("a.speakers.json", error.File);
        Assert.Contains($"expected the role of 'Speaker 0' to be host, guest or unknown, found '{role}'", error.Expected);
    }

    [Fact]
    public void RoleGivenAsANumberIsRejected()
    {
        const string json = """{ "Speaker 0": { "role": "1" } }""";

        var error = Record.Exception(() => SpeakerOverrides.Parse("a.speakers.json", json));

        Assert.IsType<TranscriptFormatException>(error);
    }

    [Fact]
    public void OverridesWinOverInferredNamesAndRoles()
    {
        var overrides = new Dictionary<string, SpeakerOverride>
        {
            ["Speaker 0"] = new("L. Kilpatrick", null),
            ["Speaker 1"] = new("科莱", SpeakerRole.Host),
        };

        var transcript = TranscriptParser.Parse(Seed.File, Seed.Bytes, overrides);

        Assert.Equal(
            [new Speaker("Speaker 0", "L. Kilpatrick", SpeakerRole.Host), new Speaker("Speaker 1", "科莱", SpeakerRole.Host)],
            transcript.Speakers);
    }

    [Fact]
    public void OverrideForASpeakerWhoNeverSpeaksIsWarnedAbout()
    {
        var overrides = new Dictionary<string, SpeakerOverride> { ["Speaker 7"] = new("Nobody", SpeakerRole.Guest) };

        var transcript = new TranscriptText().Parse(overrides);

        Assert.Contains(transcript.Warnings, w => w.Message.Contains("'Speaker 7'") && w.Message.Contains("does not speak"));
        Assert.DoesNotContain(transcript.Speakers, s => s.Label == "Speaker 7");
    }

    [Theory]
    [InlineData("/data/show/episode.txt", "/data/show/episode.speakers.json")]
    [InlineData("episode.txt", "episode.speakers.json")]
    [InlineData("/data/show/episode.v2.txt", "/data/show/episode.v2.speakers.json")]
    public void SidecarSitsNextToTheTranscript(string transcript, string sidecar)
    {
        var path = SpeakerOverrides.SidecarPathFor(transcript);

        Assert.Equal(sidecar, path);
    }

    [Fact]
    public void ASidecarOverTheLimitIsRefusedBeforeItIsParsedNamingTheLine()
    {
        var entry = "  \"Speaker 1\": { \"name\": \"Koray\" },\n";
        var json = "{\n" + string.Concat(Enumerable.Repeat(entry, SpeakerOverrides.MaxBytes / entry.Length + 10)) + "}";

        var error = Assert.Throws<TranscriptFormatException>(() => SpeakerOverrides.Parse("a.speakers.json", json));

        Assert.Equal(("a.speakers.json", SpeakerOverrides.MaxBytes / entry.Length + 2), (error.File, error.Line));
        Assert.StartsWith("expected a speaker sidecar of at most 1 MiB, found 1 MiB", error.Expected);
    }

    [Fact]
    public void MoreSpeakersThanLabelsAreRefusedAtTheFirstOneOver()
    {
        var json = "{\n" + string.Join(",\n", Enumerable.Range(0, SpeakerOverrides.MaxSpeakers + 5).Select(i => $"\"Speaker {i}\": {{}}")) + "\n}";

        var error = Assert.Throws<TranscriptFormatException>(() => SpeakerOverrides.Parse("a.speakers.json", json));

        Assert.Equal($"a.speakers.json:{SpeakerOverrides.MaxSpeakers + 2}: expected at most 10,000 speakers, found 10,005", error.Message);
    }

    [Fact]
    public void AnUnknownRoleIsNamedAtItsLine()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => SpeakerOverrides.Parse("a.speakers.json", "{\n  \"Speaker 0\": { \"name\": \"A\" },\n  \"Speaker 1\": { \"role\": \"judge\" }\n}"));

        Assert.Equal("a.speakers.json:3: expected the role of 'Speaker 1' to be host, guest or unknown, found 'judge'", error.Message);
    }
}
