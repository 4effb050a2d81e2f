using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Reader.Storage;

/// <summary>How Reader opens its SQLite database: where the file lives by default, and the pragmas every connection gets.</summary>
public static class SqliteSetup
{
    public const string ConnectionStringName = "Reader";

    /// <summary><c>data/reader.db</c> in the repository (found by its <c>Reader.sln</c>), else in the working directory.</summary>
    public static string DefaultConnectionString()
    {
        var root = RepositoryRoot() ?? Directory.GetCurrentDirectory();
        return $"Data Source={Path.Combine(root, "data", "reader.db")}";
    }

    /// <summary>
    /// The app's way: each connection opens <see cref="DatabaseFile.ConnectionString"/> as it is at that moment, so
    /// that a file found read-only at start, or lost while running, changes how every later connection opens.
    /// </summary>
    public static DbContextOptionsBuilder UseReaderSqlite(this DbContextOptionsBuilder options, DatabaseFile database) =>
        options.UseReaderSqlite(database.ConnectionString).AddInterceptors(new CurrentConnectionString(database));

    public static DbContextOptionsBuilder UseReaderSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        EnsureFolder(connectionString);
        // Migrations run inside the start-up's own write transaction (see MigrateAndReindex), on purpose.
        return options.UseSqlite(connectionString)
            .AddInterceptors(ConnectionPragmas.Instance)
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.MigrationsUserTransactionWarning));
    }

    /// <summary>
    /// Everything a start needs before it reads or writes: write-ahead logging (a setting the file keeps), the
    /// checked-in migrations when any is pending (see <see cref="StartupMigration"/>), and the search index
    /// rebuilt for episodes indexed by an older tokenizer. Returns how many episodes had to be indexed again.
    /// </summary>
    public static int MigrateAndReindex(ReaderDbContext db, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        StartupMigration.Run(db, logger);
        var reindexed = Search.SearchIndex.RebuildStale(db);
        if (reindexed > 0)
            logger.LogInformation("Indexed {Episodes} {EpisodesNoun} for search again, for search index version {Version}", reindexed, Transcripts.Counted.Noun(reindexed, "episode"), Search.SearchIndex.Version);
        return reindexed;
    }

    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
                    return dir.FullName;
            }
        }
        return null;
    }

    private static void EnsureFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        // A read-only open (DatabaseFile's, of a file that cannot be written) makes nothing.
        if (builder.Mode == SqliteOpenMode.ReadOnly)
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (file is not ("" or ":memory:") && folder is not null)
            Directory.CreateDirectory(folder);
    }

    private sealed class CurrentConnectionString(DatabaseFile database) : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Apply(connection);
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return ValueTask.FromResult(result);
        }

        private void Apply(DbConnection connection)
        {
            if (connection.ConnectionString != database.ConnectionString)
                connection.ConnectionString = database.ConnectionString;
        }
    }

    /// <summary>WAL makes a commit one append; with it, synchronous=NORMAL is durable across application crashes.</summary>
    private sealed class ConnectionPragmas : DbConnectionInterceptor
    {
        public static readonly ConnectionPragmas Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
            command.ExecuteNonQuery();
        }
    }
}
