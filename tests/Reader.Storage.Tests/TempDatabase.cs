using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Reader.Storage.Tests;

/// <summary>A real SQLite file in its own temp folder, migrated, with a folder beside it for transcript files.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Root = Directory.CreateTempSubdirectory("reader-storage-tests-").FullName;
        Transcripts = Directory.CreateDirectory(Path.Combine(Root, "transcripts")).FullName;
        DatabasePath = Path.Combine(Root, "reader.db");
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={DatabasePath};Pooling=False");
        Factory = new PooledDbContextFactory<ReaderDbContext>(options.Options);
        using var db = CreateContext();
        SqliteSetup.MigrateAndReindex(db);
    }

    public string Root { get; }

    public string Transcripts { get; }

    public string DatabasePath { get; }

    public IDbContextFactory<ReaderDbContext> Factory { get; }

    public ReaderDbContext CreateContext() => Factory.CreateDbContext();

    public static string Seed => Path.Combine(AppContext.BaseDirectory, "Seeds", "release-notes-koray-kavukcuoglu-build-agi.txt");

    /// <summary>Copies the seed into the transcripts folder, optionally changed, and returns its path.</summary>
    public string AddSeed(string name = "seed.txt", Func<string, string>? change = null)
    {
        var text = File.ReadAllText(Seed);
        var path = Path.Combine(Transcripts, name);
        File.WriteAllText(path, change is null ? text : change(text));
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
