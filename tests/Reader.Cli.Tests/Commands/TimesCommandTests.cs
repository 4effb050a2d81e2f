using System.Text.Json;

namespace Reader.Cli.Tests.Commands;

public sealed class TimesCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void PinningASegmentWritesTheSidecarThatParsingApplies()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));

        var pinned = cli.Run("times", path, "200", "17:50");
        var parsed = cli.Run("parse", path, "--json");

        Assert.Equal(0, pinned.ExitCode);
        Assert.StartsWith("episode.times.json: segment 200 starts at 17:50 (estimated ≈17:", pinned.Output);
        Assert.Equal("{\n  \"pins\": [\n    { \"segment\": 200, \"seconds\": 1070 }\n  ]\n}\n", File.ReadAllText(Path.Combine(cli.Root, "episode.times.json")));
        var json = JsonDocument.Parse(parsed.Output).RootElement;
        Assert.Equal(1070, json.GetProperty("segments")[199].GetProperty("estimatedStartSeconds").GetInt32());
        Assert.Equal("[{\"segment\":200,\"seconds\":1070}]", JsonSerializer.Serialize(json.GetProperty("pins")));
    }

    [Theory]
    [InlineData("1070.5", 1070.5)]
    [InlineData("0:17:50", 1070)]
    [InlineData("1070", 1070)]
    public void TimesAreReadAsMinutesHoursOrSeconds(string time, double seconds)
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));

        cli.Run("times", path, "200", time);

        Assert.Contains($"\"seconds\": {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} }}", File.ReadAllText(Path.Combine(cli.Root, "episode.times.json")));
    }

    [Theory]
    [InlineData("200", "20:00", "Pin at segment 200 (20:00) contradicts the chapter starting at segment 220 (18:37): an earlier segment cannot start after a later one.")]
    [InlineData("220", "18:40", "Pin at segment 220 (18:40) contradicts the chapter starting at segment 220 (18:37): a chapter's first segment starts at the chapter's time.")]
    [InlineData("612", "50:00", "Pin at segment 612 (50:00) refused: the transcript's segments are 1 to 611.")]
    [InlineData("200", "soon", "expected the time as m:ss, h:mm:ss or seconds, found 'soon'")]
    public void AContradictingPinIsRefusedAndNothingWritten(string segment, string time, string message)
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));

        var (exitCode, _, error) = cli.Run("times", path, segment, time);

        Assert.Equal(1, exitCode);
        Assert.Equal(message, error.Trim());
        Assert.False(File.Exists(Path.Combine(cli.Root, "episode.times.json")));
    }

    [Fact]
    public void APinIsCheckedAgainstTheOtherPins()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));
        cli.Run("times", path, "200", "17:50");

        var (exitCode, _, error) = cli.Run("times", path, "190", "17:55");

        Assert.Equal(1, exitCode);
        Assert.Equal("Pin at segment 190 (17:55) contradicts the pin at segment 200 (17:50): an earlier segment cannot start after a later one.", error.Trim());
    }

    [Fact]
    public void PinningASegmentAgainReplacesItsPin()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));
        cli.Run("times", path, "200", "17:50");

        cli.Run("times", path, "200", "17:30");

        Assert.Equal("{\n  \"pins\": [\n    { \"segment\": 200, \"seconds\": 1050 }\n  ]\n}\n", File.ReadAllText(Path.Combine(cli.Root, "episode.times.json")));
    }

    [Fact]
    public void ListingShowsEachPinWithItsEstimateWithoutAndWithPins()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));
        cli.Run("times", path, "200", "17:50");
        cli.Run("times", path, "600", "49:50");

        var (exitCode, output, _) = cli.Run("times", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("Estimated without pins", output);
        Assert.Matches(@"│ 200\s+│ 17:50\s+│ ≈17:\d\d\s+│ 17:50\s+│ Speaker", output);
        Assert.Matches(@"│ 600\s+│ 49:50\s+│ ≈\d\d:\d\d\s+│ 49:50\s+│", output);
    }

    [Fact]
    public void RemovingAPinTakesItOutOfTheSidecar()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));
        cli.Run("times", path, "200", "17:50");

        var removed = cli.Run("times", path, "--remove", "200");
        var again = cli.Run("times", path, "--remove", "200");

        Assert.Equal((0, 1), (removed.ExitCode, again.ExitCode));
        Assert.Equal("{\n  \"pins\": []\n}\n", File.ReadAllText(Path.Combine(cli.Root, "episode.times.json")));
        Assert.Contains("segment 200 has no pin", again.Error);
    }

    [Fact]
    public void ABrokenSidecarIsReportedByParse()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));
        cli.Write("episode.times.json", """{ "pins": [{ "segment": 200, "seconds": 1200 }] }""");

        var (exitCode, _, error) = cli.Run("parse", path, "--json");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("episode.times.json:1: Pin at segment 200 (20:00) contradicts the chapter starting at segment 220 (18:37)", error);
    }
}
