using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

/// <summary>A real, migrated SQLite file in its own temp folder, with a folder beside it for transcripts to import.</summary>
public sealed class SeededDatabase : IDisposable
{
    public const string SeedSlug = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

    private readonly EpisodeImporter importer;

    public SeededDatabase()
    {
        Root = Directory.CreateTempSubdirectory("reader-web-tests-").FullName;
        Transcripts = Directory.CreateDirectory(Path.Combine(Root, "transcripts")).FullName;
        DatabasePath = Path.Combine(Root, "reader.db");
        Factory = FactoryWith();
        using (var db = Factory.CreateDbContext())
            SqliteSetup.MigrateAndReindex(db);
        importer = new EpisodeImporter(Factory, NullLogger<EpisodeImporter>.Instance);
    }

    public string Root { get; }

    public string Transcripts { get; }

    public string DatabasePath { get; }

    public IDbContextFactory<ReaderDbContext> Factory { get; }

    /// <summary>Contexts on this database, with interceptors of a test's own.</summary>
    public IDbContextFactory<ReaderDbContext> FactoryWith(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={DatabasePath};Pooling=False").AddInterceptors(interceptors);
        return new PooledDbContextFactory<ReaderDbContext>(options.Options);
    }

    public static string Seed => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Single();

    public EpisodeCatalog CreateCatalog() => new(Factory, SampleEpisode.Encoder, NullLogger<EpisodeCatalog>.Instance);

    /// <summary>Writes the seed, optionally changed, into the transcripts folder and imports it.</summary>
    public ImportResult ImportSeed(string name = "seed.txt", Func<string, string>? change = null)
    {
        var text = File.ReadAllText(Seed);
        var path = Path.Combine(Transcripts, name);
        File.WriteAllText(path, change is null ? text : change(text));
        var result = importer.ImportFile(path);
        if (result.Outcome is ImportOutcome.Failed)
            throw new InvalidOperationException($"The seed did not import: {result.Error}");
        return result;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
