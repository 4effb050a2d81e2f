using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage;

namespace Reader.Benchmarks;

/// <summary>
/// A whole import of the seed (read, hash, parse, insert, commit) into an empty SQLite file, in a warm
/// process (target: under 50 ms). Every iteration gets a fresh, migrated database file, made outside the
/// measured part; hence one invocation per iteration, and many warm-up iterations: with one call per
/// iteration, a handful of them leaves the importer, the parser and EF Core in unoptimised tier-0 code
/// (tiered compilation recompiles a method after 30 calls), which measures a half-warm process.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 60, iterationCount: 20, invocationCount: 1)]
public class ImportBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"reader-bench-{Environment.ProcessId}");
    private string seedPath = "";
    private string database = "";
    private EpisodeImporter? importer;

    [GlobalSetup]
    public void GlobalSetup()
    {
        seedPath = Seeds.SeedPath;
        Directory.CreateDirectory(folder);
    }

    [IterationSetup]
    public void CreateEmptyDatabase()
    {
        database = Path.Combine(folder, $"reader-{Guid.NewGuid():N}.db");
        importer = ImportRun.MigratedImporter(database);
    }

    [Benchmark]
    public ImportResult Import() => ImportRun.ImportOrThrow(importer!, seedPath);

    [IterationCleanup]
    public void DeleteDatabase() => ImportRun.Delete(database);

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}

/// <summary>What both the import benchmark and the first-import mode do around an import.</summary>
internal static class ImportRun
{
    public static PooledDbContextFactory<ReaderDbContext> Factory(string database)
    {
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={database}");
        return new PooledDbContextFactory<ReaderDbContext>(options.Options);
    }

    public static EpisodeImporter MigratedImporter(string database)
    {
        var factory = Factory(database);
        using (var db = factory.CreateDbContext())
            SqliteSetup.MigrateAndReindex(db);
        return new EpisodeImporter(factory, NullLogger<EpisodeImporter>.Instance);
    }

    public static ImportResult ImportOrThrow(EpisodeImporter importer, string path)
    {
        var result = importer.ImportFile(path);
        return result.Outcome == ImportOutcome.Added
            ? result
            : throw new InvalidOperationException($"expected the import to add an episode, got {result.Outcome}: {result.Error}");
    }

    public static void Delete(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            File.Delete(file);
    }
}
