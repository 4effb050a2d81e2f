using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Transcripts.Exports;

namespace Reader.Storage.Tests;

public sealed class TimingSidecarImportTests : IDisposable
{
    private const string Slug = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

    // Segment 200 lies between the chapters at #184 (17:04) and #220 (18:37); unpinned it is estimated near 17:40.
    private const string Pins = """{ "pins": [{ "segment": 200, "seconds": 1070.5 }, { "segment": 600, "seconds": 2990 }] }""";

    private readonly TempDatabase database = new();
    private readonly EpisodeImporter importer;

    public TimingSidecarImportTests() => importer = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance);

    public void Dispose() => database.Dispose();

    [Fact]
    public void PinsAreStoredAndTheSegmentsTimedByThem()
    {
        var path = database.AddSeed();
        File.WriteAllText(Path.Combine(database.Transcripts, "seed.times.json"), Pins);

        var result = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Added, result.Outcome);
        using var db = database.CreateContext();
        Assert.Equal([(200, 1070.5), (600, 2990.0)], db.Pins.OrderBy(p => p.Segment).AsEnumerable().Select(p => (p.Segment, p.Seconds)));
        Assert.Equal(1070, db.Segments.Single(s => s.Ordinal == 200).EstimatedStartSeconds);
        Assert.Equal(2990, db.Segments.Single(s => s.Ordinal == 600).EstimatedStartSeconds);
    }

    [Fact]
    public void AChangedTimingSidecarReimportsAndARemovedOneRestoresTheEstimates()
    {
        var path = database.AddSeed();
        importer.ImportFile(path);
        var estimated = EstimateOf(200);
        var sidecar = Path.Combine(database.Transcripts, "seed.times.json");

        File.WriteAllText(sidecar, Pins);
        var added = importer.ImportFile(path);
        var unchanged = importer.ImportFile(path);
        File.Delete(sidecar);
        var removed = importer.ImportFile(path);

        Assert.NotEqual(1070, estimated);
        Assert.Equal([ImportOutcome.Replaced, ImportOutcome.Unchanged, ImportOutcome.Replaced], [added.Outcome, unchanged.Outcome, removed.Outcome]);
        Assert.Equal(estimated, EstimateOf(200));
        using var db = database.CreateContext();
        Assert.Empty(db.Pins);
    }

    [Fact]
    public void APinThatContradictsAChapterFailsTheImportNamingTheSidecar()
    {
        var path = database.AddSeed();
        File.WriteAllText(Path.Combine(database.Transcripts, "seed.times.json"), """{ "pins": [{ "segment": 200, "seconds": 1200 }] }""");

        var result = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Equal("seed.times.json:1: Pin at segment 200 (20:00) contradicts the chapter starting at segment 220 (18:37): an earlier segment cannot start after a later one.", result.Error);
        using var db = database.CreateContext();
        Assert.Empty(db.Episodes);
    }

    [Fact]
    public async Task EveryTimedExportUsesThePins()
    {
        var path = database.AddSeed();
        File.WriteAllText(Path.Combine(database.Transcripts, "seed.times.json"), Pins);
        importer.ImportFile(path);
        await using var db = database.CreateContext();
        var transcript = (await db.LoadTranscriptAsync(Slug))!;

        var vtt = WebVttExport.Write(transcript, ExportOptions.Everything);
        var srt = SrtExport.Write(transcript, ExportOptions.Everything);
        using var json = JsonDocument.Parse(PodcastJsonExport.Transcript(transcript, ExportOptions.Everything));

        Assert.Equal([new(200, 1070.5), new(600, 2990)], transcript.Pins);
        Assert.Contains("\n00:17:50.000 --> ", vtt);
        Assert.Contains("\n00:17:50,000 --> ", srt);
        var starts = json.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("startTime").GetDouble()).ToList();
        Assert.Contains(1070.0, starts);
        Assert.Contains(2990.0, starts);
    }

    [Fact]
    public void TheMediaSidecarIsStoredWithTheEpisode()
    {
        var path = database.AddSeed();
        File.WriteAllText(Path.Combine(database.Transcripts, "seed.media.json"), """{ "url": "https://cdn.example.com/ep.mp3", "type": "audio/mpeg" }""");

        importer.ImportFile(path);

        using var db = database.CreateContext();
        var episode = db.Episodes.AsNoTracking().Single();
        Assert.Equal(("https://cdn.example.com/ep.mp3", "audio/mpeg"), (episode.MediaUrl, episode.MediaType));
    }

    [Fact]
    public void AMediaSidecarThatIsNotHttpFailsTheImportWithTheReason()
    {
        var path = database.AddSeed();
        File.WriteAllText(Path.Combine(database.Transcripts, "seed.media.json"), """{ "url": "javascript:alert(1)" }""");

        var result = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Equal("seed.media.json:1: expected an http or https address for the media, found 'javascript:alert(1)'", result.Error);
    }

    private int? EstimateOf(int segment)
    {
        using var db = database.CreateContext();
        return db.Segments.Single(s => s.Ordinal == segment).EstimatedStartSeconds;
    }
}
