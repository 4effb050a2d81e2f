using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Reader.Storage;

/// <summary>
/// SQLite's write lock (<c>BEGIN IMMEDIATE</c>), taken by start-up migration and by each import. When another
/// process holds it, the wait is said once, with what it is for, instead of passing in silence.
/// </summary>
public static class WriteLock
{
    private static readonly int[] Busy = [5, 6]; // SQLITE_BUSY, SQLITE_LOCKED

    /// <param name="purpose">What the lock is for, as the log line ends: "migrating it", "importing x.txt".</param>
    /// <param name="untilFree">Wait as long as it takes (a live writer commits in the end; a dead one holds
    /// nothing), rather than the connection's timeout.</param>
    public static IDbContextTransaction Begin(ReaderDbContext db, ILogger logger, string purpose, bool untilFree = false)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var timeout = connection.DefaultTimeout;
        connection.DefaultTimeout = 1;
        try
        {
            return db.Database.BeginTransaction();
        }
        catch (SqliteException e) when (Busy.Contains(e.SqliteErrorCode))
        {
            logger.LogInformation("Waiting for another process to finish writing {Database} before {Purpose}", connection.DataSource, purpose);
        }
        finally
        {
            connection.DefaultTimeout = timeout;
        }

        while (true)
        {
            try
            {
                return db.Database.BeginTransaction();
            }
            catch (SqliteException e) when (untilFree && Busy.Contains(e.SqliteErrorCode))
            {
            }
        }
    }
}
