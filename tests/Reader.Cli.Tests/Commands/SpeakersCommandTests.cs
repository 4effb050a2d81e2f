using System.Text.Json;

namespace Reader.Cli.Tests.Commands;

public sealed class SpeakersCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void NamingASpeakerWritesTheSidecarThatParsingApplies()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));

        var named = cli.Run("speakers", path, "Speaker 1", "--name", "Koray K.", "--role", "guest");
        var parsed = cli.Run("parse", path, "--json");

        Assert.Equal(0, named.ExitCode);
        Assert.True(File.Exists(Path.Combine(cli.Root, "episode.speakers.json")));
        var speaker = JsonDocument.Parse(parsed.Output).RootElement.GetProperty("speakers")[1];
        Assert.Equal("Koray K.", speaker.GetProperty("name").GetString());
    }

    [Fact]
    public void NamingTwiceKeepsTheEarlierRole()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));
        cli.Run("speakers", path, "Speaker 0", "--role", "host");

        cli.Run("speakers", path, "Speaker 0", "--name", "Logan");

        var sidecar = File.ReadAllText(Path.Combine(cli.Root, "episode.speakers.json"));
        Assert.Contains("\"role\": \"host\"", sidecar);
        Assert.Contains("\"name\": \"Logan\"", sidecar);
    }
}
