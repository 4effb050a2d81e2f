using System.Text.Json;

namespace Reader.Cli.Tests.Commands;

public sealed class MediaCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void GivingMediaWritesTheSidecarThatParsingApplies()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));

        var given = cli.Run("media", path, "https://cdn.example.com/ep.mp3", "--type", "audio/mpeg");
        var parsed = cli.Run("parse", path, "--json");

        Assert.Equal(0, given.ExitCode);
        Assert.Contains("episode.media.json: the episode's audio is https://cdn.example.com/ep.mp3.", given.Output);
        var media = JsonDocument.Parse(parsed.Output).RootElement.GetProperty("episode").GetProperty("media");
        Assert.Equal(("https://cdn.example.com/ep.mp3", "audio/mpeg"), (media.GetProperty("url").GetString(), media.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "episode.media.json:1: expected an http or https address for the media, found 'javascript:alert(1)'")]
    [InlineData("ftp://example.com/ep.mp3", "episode.media.json:1: expected an http or https address for the media, found 'ftp://example.com/ep.mp3'")]
    public void AnAddressThatIsNotHttpIsRefused(string url, string message)
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));

        var (exitCode, _, error) = cli.Run("media", path, url);

        Assert.Equal(1, exitCode);
        Assert.Equal(message, error.Trim());
        Assert.False(File.Exists(Path.Combine(cli.Root, "episode.media.json")));
    }

    [Fact]
    public void ImportStoresTheMedia()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));
        cli.Run("media", path, "https://cdn.example.com/ep.webm");

        var imported = cli.Run("import", path);

        Assert.Equal(0, imported.ExitCode);
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(cli.Root, "reader.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MediaUrl FROM Episodes";
        Assert.Equal("https://cdn.example.com/ep.webm", command.ExecuteScalar());
        connection.Close();
    }
}
