using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage.Search;

namespace Reader.Storage.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private const int SeedSegments = 611;

    private readonly TempDatabase database = new();
    private readonly EpisodeImporter importer;
    private readonly TranscriptSearch search;

    public SearchIndexTests()
    {
        importer = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance);
        search = new TranscriptSearch(database.Factory);
    }

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 611)]
    [InlineData(7, 16_777_215)]
    [InlineData(int.MaxValue, 16_777_215)]
    public void AKeyHoldsTheEpisodeAndTheSegmentsPosition(int episodeId, int ordinal)
    {
        var key = SearchIndex.Key(episodeId, ordinal);

        Assert.Equal(((long)episodeId << 24) + ordinal, key);
        Assert.Equal(episodeId, SearchIndex.EpisodeOf(key));
        Assert.Equal(ordinal, SearchIndex.OrdinalOf(key));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16_777_216)]
    public void APositionThatDoesNotFitInTheKeyIsRejected(int ordinal)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchIndex.Key(1, ordinal));
    }

    [Fact]
    public void AnEpisodesKeysLieBetweenItsNeighboursKeys()
    {
        var (first, last) = SearchIndex.KeysOf(5);

        Assert.Equal(SearchIndex.Key(4, 16_777_215) + 1, first);
        Assert.Equal(SearchIndex.Key(6, 0) - 1, last);
    }

    [Fact]
    public void ImportingAnEpisodeIndexesEachOfItsSegmentsOnce()
    {
        importer.ImportFile(database.AddSeed());

        using var db = database.CreateContext();
        var episode = db.Episodes.Single();
        Assert.Equal(SearchIndex.Version, episode.SearchIndexVersion);
        Assert.Equal(SeedSegments, IndexedSegments(db, episode.Id));
        Assert.Equal(SeedSegments, AllIndexed(db));
    }

    [Fact]
    public async Task AChangedFileIsIndexedInPlaceOfItsOldText()
    {
        var path = database.AddSeed();
        importer.ImportFile(path);
        var oldId = EpisodeId();
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("The vibes of the model are good.", "The quokkas of the model are good.")
            .Replace("这个模型的氛围很好。", "这个模型的袋鼠很好。"));

        var result = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Replaced, result.Outcome);
        Assert.Equal(1, await TotalAsync("vibes"));
        Assert.Equal(1, await TotalAsync("氛围"));
        Assert.Equal(1, await TotalAsync("quokkas"));
        Assert.Equal(1, await TotalAsync("袋鼠"));
        Assert.Equal(93, await TotalAsync("模型"));
        using var db = database.CreateContext();
        var newId = EpisodeId();
        Assert.Equal(SeedSegments, IndexedSegments(db, newId));
        Assert.Equal(SeedSegments, AllIndexed(db));
        Assert.NotEqual(oldId, newId);
        Assert.Equal(0, IndexedSegments(db, oldId));
    }

    [Fact]
    public async Task AFileThatNoLongerParsesLeavesTheIndexAsItWas()
    {
        var path = database.AddSeed();
        importer.ImportFile(path);
        var before = await SnapshotAsync();
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("The vibes of the model are good.", "The quokkas of the model are good.")
            .Replace("4:16 - 持续进步与创新", "7:99 - 持续进步与创新"));

        var result = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(0, await TotalAsync("quokkas"));
    }

    [Fact]
    public void AFailingFileAddsNothingToTheIndexWhileOthersImport()
    {
        database.AddSeed("a-good.txt");
        database.AddSeed("b-bad.txt", text => text.Replace("4:16 - 持续进步与创新", "7:99 - 持续进步与创新"));

        var results = importer.ImportFolder(database.Transcripts);

        Assert.Equal([ImportOutcome.Added, ImportOutcome.Failed], results.Select(r => r.Outcome));
        using var db = database.CreateContext();
        Assert.Equal(SeedSegments, AllIndexed(db));
    }

    [Fact]
    public async Task ATranscriptWithANoncharacterIsIndexedAndDoesNotStopTheFolder()
    {
        database.AddSeed("a-odd.txt", text => text.Replace("这个模型的氛围很好。", "这个模型的氛围很好\uFFFE。"));
        database.AddSeed("b-other.txt", text => text.Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "Another Episode"));

        var results = importer.ImportFolder(database.Transcripts);

        Assert.Equal([ImportOutcome.Added, ImportOutcome.Added], results.Select(r => r.Outcome));
        Assert.Equal(2, await TotalAsync("氛围很好"));
    }

    [Fact]
    public async Task RebuildingIndexesAgainTheEpisodesOfAnOlderVersion()
    {
        using var db = database.CreateContext();
        var id = ImportSeedIndexedBeforeTheIndex(db);
        Assert.Equal(0, await TotalAsync("模型"));

        var rebuilt = SearchIndex.RebuildStale(db);

        Assert.Equal(1, rebuilt);
        Assert.Equal(93, await TotalAsync("模型"));
        Assert.Equal(SeedSegments, IndexedSegments(db, id));
        Assert.Equal(SearchIndex.Version, db.Episodes.AsNoTracking().Single().SearchIndexVersion);
        Assert.Equal(0, SearchIndex.RebuildStale(db));
    }

    [Fact]
    public async Task RebuildingReplacesAnOlderIndexRatherThanAddingToIt()
    {
        importer.ImportFile(database.AddSeed());
        using var db = database.CreateContext();
        var id = EpisodeId();
        var (first, last) = SearchIndex.KeysOf(id);
        db.Database.ExecuteSql($"DELETE FROM SegmentSearch WHERE rowid BETWEEN {first} AND {last}");
        db.Database.ExecuteSql($"INSERT INTO SegmentSearch(rowid, zh, en) VALUES ({SearchIndex.Key(id, 2)}, {"袋 鼠"}, {"quokkas"})");
        MakeStale(db, id);

        SearchIndex.RebuildStale(db);

        Assert.Equal(0, await TotalAsync("quokkas"));
        Assert.Equal(93, await TotalAsync("模型"));
        Assert.Equal(SeedSegments, IndexedSegments(db, id));
    }

    [Fact]
    public async Task MigratingOnStartIndexesStaleEpisodesAgain()
    {
        using var db = database.CreateContext();
        ImportSeedIndexedBeforeTheIndex(db);

        var rebuilt = SqliteSetup.MigrateAndReindex(db);

        Assert.Equal(1, rebuilt);
        Assert.Equal(93, await TotalAsync("模型"));
    }

    [Fact]
    public void MigratingAnUpToDateLibraryIndexesNothing()
    {
        importer.ImportFile(database.AddSeed());
        using var db = database.CreateContext();

        var rebuilt = SqliteSetup.MigrateAndReindex(db);

        Assert.Equal(0, rebuilt);
        Assert.Equal(SeedSegments, AllIndexed(db));
    }

    private int EpisodeId()
    {
        using var db = database.CreateContext();
        return db.Episodes.Single().Id;
    }

    private async Task<int> TotalAsync(string query) => (await search.SearchLibraryAsync(SearchQuery.Parse(query))).Total;

    private async Task<(int Indexed, string Hits)> SnapshotAsync()
    {
        using var db = database.CreateContext();
        var hits = new List<string>();
        foreach (var query in new[] { "模型", "vibes", "bench", "Gemini 3发布" })
            hits.Add(query + ":" + string.Join(',', await search.SearchEpisodeAsync(EpisodeId(), SearchQuery.Parse(query))));
        return (AllIndexed(db), string.Join(';', hits));
    }

    /// <summary>The seed as a database from before the search index has it: no entries, version 0.</summary>
    private int ImportSeedIndexedBeforeTheIndex(ReaderDbContext db)
    {
        importer.ImportFile(database.AddSeed());
        var id = EpisodeId();
        MakeStale(db, id);
        var (first, last) = SearchIndex.KeysOf(id);
        db.Database.ExecuteSql($"DELETE FROM SegmentSearch WHERE rowid BETWEEN {first} AND {last}");
        return id;
    }

    private static void MakeStale(ReaderDbContext db, int id) =>
        db.Episodes.Where(e => e.Id == id).ExecuteUpdate(e => e.SetProperty(x => x.SearchIndexVersion, 0));

    private static int IndexedSegments(ReaderDbContext db, int episodeId)
    {
        var (first, last) = SearchIndex.KeysOf(episodeId);
        return db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM SegmentSearch WHERE rowid BETWEEN {first} AND {last}").Single();
    }

    private static int AllIndexed(ReaderDbContext db) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM SegmentSearch").Single();
}
