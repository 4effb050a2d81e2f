using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
    public void DeletingAnEpisodeCascadesToItsRows()
    {
        new EpisodeImporter(database.Factory, Microsoft.Extensions.Logging.Abstractions.NullLogger<EpisodeImporter>.Instance).ImportFile(database.AddSeed());
        using var db = database.CreateContext();

        db.Episodes.ExecuteDelete();

        Assert.Equal(0, db.Segments.Count() + db.Chapters.Count() + db.Speakers.Count() + db.Warnings.Count());
    }

    [Fact]
    public void TheDefaultDatabaseLivesInTheRepositoryDataFolder()
    {
        var connectionString = SqliteSetup.DefaultConnectionString();

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;

        Assert.Equal(Path.Combine(SqliteSetup.RepositoryRoot()!, "data", "reader.db"), file);
    }
}
