using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Reader.Storage;

/// <summary>
/// Applies pending migrations in a way no start can lock later starts out with.
/// </summary>
/// <remarks>
/// EF Core's own migration lock is a row in <c>__EFMigrationsLock</c> that a killed process never deletes, and
/// EF waits on such a row forever. Here the migrations run inside one SQLite write transaction (BEGIN
/// IMMEDIATE) instead: SQLite drops that lock when its holder dies, two starts take it in turn (the second
/// finds nothing pending), a killed migration leaves nothing behind, and EF's lock row is written and deleted
/// inside the transaction, never committed. So a lock row visible to the holder of the write lock was left by
/// a process that died while migrating without it (an older Reader), and is cleared. A start with nothing
/// pending and no lock row takes no lock at all.
/// </remarks>
internal static class StartupMigration
{
    private const string LockTable = "__EFMigrationsLock";

    public static void Run(ReaderDbContext db, ILogger logger)
    {
        if (!db.Database.GetPendingMigrations().Any() && LockRows(db).Count == 0)
            return;

        db.Database.OpenConnection();
        try
        {
            using var transaction = WriteLock.Begin(db, logger, "migrating it", untilFree: true);
            if (LockRows(db) is [var takenAt, ..])
            {
                db.Database.ExecuteSqlRaw($"DELETE FROM \"{LockTable}\";");
                logger.LogWarning("Cleared the migration lock of {Database} taken at {TakenAt} by a process that did not finish migrating", DataSource(db), takenAt);
            }

            var pending = db.Database.GetPendingMigrations().ToList();
            if (pending.Count > 0)
            {
                db.Database.Migrate();
                logger.LogInformation("Migrated {Database}: {Migrations}", DataSource(db), string.Join(", ", pending));
            }
            transaction.Commit();
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    private static List<string> LockRows(ReaderDbContext db)
    {
        var exists = db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}'").Single() > 0;
        return exists ? db.Database.SqlQueryRaw<string>($"SELECT CAST(Timestamp AS TEXT) AS Value FROM \"{LockTable}\"").ToList() : [];
    }

    private static string DataSource(ReaderDbContext db) => ((SqliteConnection)db.Database.GetDbConnection()).DataSource;
}
