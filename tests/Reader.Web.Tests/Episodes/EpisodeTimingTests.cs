using System.Runtime.CompilerServices;
using System.Text.Json;
using Reader.Transcripts.Chapters;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class EpisodeTimingTests : IDisposable
{
    // Inside chapters 3, 7 and 11, and two after the last chapter (segment 589 at 48:37, of 611).
    private const string SeedPins = """{ "pins": [{ "segment": 60, "seconds": 280 }, { "segment": 200, "seconds": 1070.5 }, { "segment": 330, "seconds": 1650 }, { "segment": 600, "seconds": 2990 }, { "segment": 608, "seconds": 3050 }] }""";

    private readonly SeededDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task TheTimingOfTheSeedWithPinsIsTheFixtureTheBrowserTestsCheckAgainst()
    {
        File.WriteAllText(Path.Combine(database.Transcripts, "seed.times.json"), SeedPins);
        database.ImportSeed();
        var episode = (await database.CreateCatalog().FindAsync(SeededDatabase.SeedSlug))!;

        var json = System.Text.Encoding.UTF8.GetString(EpisodeTiming.Json(episode)) + "\n";

        // segment-timing.test.mjs recomputes the starts from this file: regenerate it with READER_WRITE_FIXTURES=1.
        var fixture = Path.Combine(SourceFolder(), "..", "Scripts", "seed-timing.json");
        if (Environment.GetEnvironmentVariable("READER_WRITE_FIXTURES") == "1")
            File.WriteAllText(fixture, json);
        Assert.Equal(File.ReadAllText(fixture), json);
    }

    [Fact]
    public async Task StartsAreExactAtPinsAndFloorToTheRowsTimes()
    {
        File.WriteAllText(Path.Combine(database.Transcripts, "seed.times.json"), SeedPins);
        database.ImportSeed();
        var episode = (await database.CreateCatalog().FindAsync(SeededDatabase.SeedSlug))!;

        using var timing = JsonDocument.Parse(EpisodeTiming.Json(episode));

        var root = timing.RootElement;
        var starts = root.GetProperty("starts").EnumerateArray().Select(s => s.GetDouble()).ToList();
        Assert.Equal(612, root.GetProperty("speech").GetArrayLength());
        Assert.Equal(episode.Rows.Select(r => r.EstimatedStartSeconds!.Value), starts.Select(s => (int)Math.Floor(s)));
        Assert.Equal(1070.5, starts[199]);
        var anchors = root.GetProperty("anchors").EnumerateArray().Select(a => (a.GetProperty("segment").GetInt32(), a.GetProperty("kind").GetString())).ToList();
        Assert.Equal(17 + 5, anchors.Count);
        Assert.Equal(anchors.OrderBy(a => a.Item1), anchors);
        Assert.Contains((200, "pin"), anchors);
        Assert.Contains((1, "chapter"), anchors);
    }

    [Theory]
    [InlineData(null, "youtube", null)]
    [InlineData("""{ "url": "https://cdn.example.com/ep.mp3" }""", "audio", "audio/mpeg")]
    [InlineData("""{ "url": "https://cdn.example.com/ep", "type": "video/mp4" }""", "video", "video/mp4")]
    public async Task TheMediaIsTheSidecarsFileOverTheYouTubeVideo(string? sidecar, string kind, string? type)
    {
        if (sidecar is not null)
            File.WriteAllText(Path.Combine(database.Transcripts, "seed.media.json"), sidecar);
        database.ImportSeed();
        var episode = (await database.CreateCatalog().FindAsync(SeededDatabase.SeedSlug))!;

        using var timing = JsonDocument.Parse(EpisodeTiming.Json(episode));

        var media = timing.RootElement.GetProperty("media");
        Assert.Equal(kind, media.GetProperty("kind").GetString());
        if (kind == "youtube")
            Assert.Equal("fXtna7UrL44", media.GetProperty("id").GetString());
        else
            Assert.Equal(type, media.GetProperty("type").GetString());
    }

    [Fact]
    public void WithoutAnchorsEveryStartIsZeroAndThePaceTypical()
    {
        using var timing = JsonDocument.Parse(EpisodeTiming.Json(null, [0, 10, 20], []));

        Assert.Equal(JsonValueKind.Null, timing.RootElement.GetProperty("media").ValueKind);
        Assert.Equal("[0,0]", timing.RootElement.GetProperty("starts").GetRawText());
        Assert.Equal(16, timing.RootElement.GetProperty("rate").GetDouble());
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
