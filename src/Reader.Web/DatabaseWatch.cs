using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Web.Library;

namespace Reader.Web;

/// <summary>
/// Notices the database file deleted or replaced under the running app (<see cref="DatabaseFile.IsStillTheSameFile"/>),
/// every few seconds (<c>Reader:DatabaseWatchSeconds</c>, 5 by default) and before each write. It says so once,
/// refuses writes while no file is there, and reopens the file that is there (a `reader rebuild`, an import or a
/// restore made it), checked and migrated as at a start, then imports the library's files into it: the app and
/// the CLI never write two different files at one path.
/// </summary>
public sealed class DatabaseWatch(
    DatabaseFile database, IDbContextFactory<ReaderDbContext> dbFactory, LibraryImportStatus library, IConfiguration configuration, ILogger<DatabaseWatch> logger)
    : BackgroundService
{
    private readonly Lock gate = new();

    /// <summary>Checks the file now; true when a write may go ahead.</summary>
    public bool CheckNow()
    {
        lock (gate)
        {
            if (database.Condition is not (DatabaseCondition.Ready or DatabaseCondition.ReadOnly or DatabaseCondition.Gone))
                return false;
            if (database.Condition != DatabaseCondition.Gone)
            {
                if (database.IsStillTheSameFile())
                    return database.CanWrite;
                var what = File.Exists(database.Path) ? "was replaced by another file" : "was deleted";
                database.Lost($"{what} while the app ran: refusing writes until a database is there again (`reader rebuild` makes one from the library's files, `reader restore <backup>` puts one back), then reopening it.");
                logger.LogError("{Database} {Problem}", database.Path, database.Problem);
            }
            if (!File.Exists(database.Path))
                return false;

            // The pools still hold the old file open; new connections open the one at the path.
            SqliteConnection.ClearAllPools();
            database.Reopening();
            if (!DatabaseStartup.Prepare(database, dbFactory, DatabaseStartup.CheckBudget(configuration), logger))
                return false;
            logger.LogWarning("Reopened {Database}, found at its path after the one opened before was gone; importing the library's files into it", database.Path);
            library.RequestResync();
            return database.CanWrite;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Reader:DatabaseWatchSeconds", 5.0)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await Task.Run(CheckNow, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
