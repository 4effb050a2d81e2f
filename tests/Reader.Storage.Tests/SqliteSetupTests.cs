using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Reader.Storage.Tests;

public sealed class SqliteSetupTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public void MigrationsCreateEverySchemaTableFromAnEmptyFile()
    {
        using var db = database.CreateContext();

        var tables = db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' ORDER BY name").ToList();

        Assert.Subset(tables.ToHashSet(), new HashSet<string> { "Chapters", "Episodes", "Segments", "Speakers", "Warnings", "__EFMigrationsHistory" });
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
    }

    [Fact]
    public void TheDatabaseFileUsesWriteAheadLogging()
    {
        using var connection = new SqliteConnection($"Data Source={database.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        var mode = command.ExecuteScalar();

        Assert.Equal("wal", mode);
    }

    [Fact]
    public void MigratingTwiceIsHarmless()
    {
        using var db = database.CreateContext();

        SqliteSetup.MigrateAndReindex(db);

        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public async Task AMigrationLockLeftOnAMigratedFileIsClearedAtStart()
    {
        Execute(database.DatabasePath, StaleLock);
        var log = new RecordingLogger();

        await StartWithin(database.Factory, log);

        Assert.Equal(0, Scalar(database.DatabasePath, "SELECT COUNT(*) FROM __EFMigrationsLock"));
        Assert.Contains(log.Lines, line => line.StartsWith("Warning: Cleared the migration lock") && line.Contains("2026-12-01 08:25:43"));
    }

    [Fact]
    public async Task AMigrationLockLeftByAFirstStartThatDiedIsClearedAndTheFileMigrated()
    {
        var path = Path.Combine(database.Root, "killed-first-start.db");
        Execute(path, StaleLock);
        var factory = FactoryFor(path);

        await StartWithin(factory, new RecordingLogger());

        using var db = factory.CreateDbContext();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(0, Scalar(path, "SELECT COUNT(*) FROM __EFMigrationsLock"));
    }

    [Fact]
    public async Task AStartWithNothingPendingTakesNoWriteLock()
    {
        using var writer = OpenWriter(database.DatabasePath);

        await StartWithin(database.Factory, new RecordingLogger());
    }

    [Fact]
    public async Task AStartThatMustWaitForAWriterSaysSoOnceAndMigratesAfterIt()
    {
        var path = Path.Combine(database.Root, "busy.db");
        Execute(path, "PRAGMA journal_mode=WAL; CREATE TABLE Other (Id INTEGER);");
        var log = new RecordingLogger();
        var writer = OpenWriter(path);
        var start = Task.Run(() => Start(FactoryFor(path), log));

        Assert.True(SpinWait.SpinUntil(() => log.Lines.Any(l => l.Contains("Waiting for another process")), TimeSpan.FromSeconds(20)));
        writer.Dispose();
        await start.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Single(log.Lines, l => l.Contains("Waiting for another process"));
        using var db = FactoryFor(path).CreateDbContext();
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public void StartsTogetherOnANewFileMigrateItOnce()
    {
        var path = Path.Combine(database.Root, "together.db");
        var logs = Enumerable.Range(0, 4).Select(_ => new RecordingLogger()).ToList();

        Parallel.ForEach(logs, log => Start(FactoryFor(path), log));

        Assert.Single(logs, log => log.Lines.Any(l => l.StartsWith("Information: Migrated")));
        using var db = FactoryFor(path).CreateDbContext();
        Assert.Equal(db.Database.GetMigrations().Count(), Scalar(path, "SELECT COUNT(*) FROM __EFMigrationsHistory"));
        Assert.Equal(5, db.Database.GetMigrations().Count());
    }

    [Fact]
    public void DeletingAnEpisodeCascadesToItsRows()
    {
        new EpisodeImporter(database.Factory, Microsoft.Extensions.Logging.Abstractions.NullLogger<EpisodeImporter>.Instance).ImportFile(database.AddSeed());
        using var db = database.CreateContext();

        db.Episodes.ExecuteDelete();

        Assert.Equal(0, db.Segments.Count() + db.Chapters.Count() + db.Speakers.Count() + db.Warnings.Count() + db.Pins.Count());
    }

    [Fact]
    public void TheDefaultDatabaseLivesInTheRepositoryDataFolder()
    {
        var connectionString = SqliteSetup.DefaultConnectionString();

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;

        Assert.Equal(Path.Combine(SqliteSetup.RepositoryRoot()!, "data", "reader.db"), file);
    }

    // What EF Core's SQLite migration lock leaves behind when the process holding it is killed.
    private const string StaleLock = """
        CREATE TABLE IF NOT EXISTS __EFMigrationsLock (Id INTEGER NOT NULL CONSTRAINT PK___EFMigrationsLock PRIMARY KEY, Timestamp TEXT NOT NULL);
        INSERT INTO __EFMigrationsLock VALUES (1, '2026-12-01 08:25:43+00:00');
        """;

    private static void Start(IDbContextFactory<ReaderDbContext> factory, ILogger log)
    {
        using var db = factory.CreateDbContext();
        SqliteSetup.MigrateAndReindex(db, log);
    }

    /// <summary>Before the fix a start waited on a stale lock forever: give it 20 seconds.</summary>
    private static Task StartWithin(IDbContextFactory<ReaderDbContext> factory, ILogger log) =>
        Task.Run(() => Start(factory, log)).WaitAsync(TimeSpan.FromSeconds(20));

    private static IDbContextFactory<ReaderDbContext> FactoryFor(string path)
    {
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={path};Pooling=False");
        return new PooledDbContextFactory<ReaderDbContext>(options.Options);
    }

    /// <summary>Another process's write transaction, held until disposed.</summary>
    private static SqliteConnection OpenWriter(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.ExecuteNonQuery();
        return connection;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
