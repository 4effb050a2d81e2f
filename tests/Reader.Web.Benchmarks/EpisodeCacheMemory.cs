using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage;
using Reader.Web.Episodes;

namespace Reader.Web.Benchmarks;

/// <summary>
/// The reader's memory over a big library: a database of the seed under 1,000 names, every episode opened in
/// turn through the catalog (its find index made too, as the find box would), managed heap after a forced full
/// collection before and after, and what the cache holds. Run once with the default budget, and once without a
/// budget over fewer episodes, to see what one episode really costs against the cache's estimate.
/// </summary>
internal static class EpisodeCacheMemory
{
    public static async Task RunAsync(int episodes = 1000, int unboundedEpisodes = 150)
    {
        var root = Directory.CreateTempSubdirectory("reader-cache-bench-").FullName;
        try
        {
            var factory = Library(Path.Combine(root, "reader.db"), episodes);
            await MeasureAsync(factory, episodes, new EpisodeCache(EpisodeCache.DefaultMegabytes * 1024L * 1024), $"{EpisodeCache.DefaultMegabytes} MB budget");
            await MeasureAsync(factory, unboundedEpisodes, new EpisodeCache(long.MaxValue), "no budget");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task MeasureAsync(IDbContextFactory<ReaderDbContext> factory, int episodes, EpisodeCache cache, string what)
    {
        var catalog = new EpisodeCatalog(factory, HtmlEncoder.Create(UnicodeRanges.All), NullLogger<EpisodeCatalog>.Instance, cache);
        var before = CircuitMemory.HeapAfterFullCollection();
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= episodes; i++)
            _ = (await catalog.FindAsync(Slug(i)))!.FindInEpisode;
        clock.Stop();
        var after = CircuitMemory.HeapAfterFullCollection();
        GC.KeepAlive(catalog);

        Console.WriteLine($"Episode cache, {what}, {episodes:N0} episodes opened in turn ({clock.Elapsed.TotalMilliseconds / episodes:F1} ms each):");
        Console.WriteLine($"  managed heap {before / 1048576.0:F1} MB -> {after / 1048576.0:F1} MB (+{(after - before) / 1048576.0:F1} MB)");
        Console.WriteLine($"  cache holds {cache.Count:N0} episodes, {cache.Bytes / 1048576.0:F1} MB estimated ({cache.Bytes / 1024.0 / Math.Max(1, cache.Count):F0} KB each); " +
                          $"heap growth per cached episode {(after - before) / 1024.0 / Math.Max(1, cache.Count):F0} KB");
    }

    private static string Slug(int i) => i == 1 ? Seed.Slug : $"{Seed.Slug}-{i}";

    /// <summary>The seed imported once, then copied row for row under new names (the reader reads no search index).</summary>
    private static IDbContextFactory<ReaderDbContext> Library(string path, int episodes)
    {
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={path}");
        var factory = new PooledDbContextFactory<ReaderDbContext>(options.Options);
        using (var db = factory.CreateDbContext())
            SqliteSetup.MigrateAndReindex(db);
        new EpisodeImporter(factory, NullLogger<EpisodeImporter>.Instance).ImportFile(Seed.Path);

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var copy = connection.CreateCommand();
        copy.Transaction = transaction;
        copy.CommandText = """
            INSERT INTO Episodes (SourceFile, ContentHash, Slug, Show, TitleZh, TitleEn, Summary, SourceUrl, DurationSeconds, ImportedAtUtc, SearchIndexVersion)
            SELECT SourceFile || $n, ContentHash || $n, Slug || '-' || $n, Show, TitleZh, TitleEn, Summary, SourceUrl, DurationSeconds, ImportedAtUtc, SearchIndexVersion FROM Episodes WHERE Id = 1;
            INSERT INTO Speakers (EpisodeId, Label, Name, Role) SELECT last_insert_rowid(), Label, Name, Role FROM Speakers WHERE EpisodeId = 1;
            INSERT INTO Chapters (EpisodeId, Ordinal, StartSeconds, Title, FirstSegment) SELECT (SELECT MAX(Id) FROM Episodes), Ordinal, StartSeconds, Title, FirstSegment FROM Chapters WHERE EpisodeId = 1;
            INSERT INTO Segments (EpisodeId, Ordinal, Speaker, Zh, En, Chapter, EstimatedStartSeconds, SourceLine)
            SELECT (SELECT MAX(Id) FROM Episodes), Ordinal, Speaker, Zh, En, Chapter, EstimatedStartSeconds, SourceLine FROM Segments WHERE EpisodeId = 1;
            """;
        var n = copy.Parameters.Add("$n", SqliteType.Integer);
        for (var i = 2; i <= episodes; i++)
        {
            n.Value = i;
            copy.ExecuteNonQuery();
        }
        transaction.Commit();
        return factory;
    }

    private static class Seed
    {
        public const string Slug = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

        public static string Path => Directory.EnumerateFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Single();
    }
}
