using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Reader.Storage;

namespace Reader.Web;

internal static class DatabaseStartup
{
    /// <summary>How long a start's <c>PRAGMA quick_check</c> may take (<c>Reader:DatabaseCheckSeconds</c>) before the start goes on without it.</summary>
    public static TimeSpan CheckBudget(IConfiguration configuration) => TimeSpan.FromSeconds(configuration.GetValue("Reader:DatabaseCheckSeconds", 10.0));

    /// <summary>
    /// Checks the database file, then brings the schema and the search index up to date before the app serves a
    /// request. It is quick; the seeds are imported afterwards, while the app serves (<see cref="Library.LibraryImport"/>).
    /// False when the app must not start; the reason is then logged in one line.
    /// </summary>
    public static bool PrepareDatabase(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup).FullName!);
        return Prepare(app.Services.GetRequiredService<DatabaseFile>(), app.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>(),
            CheckBudget(app.Configuration), logger);
    }

    /// <remarks>
    /// A damaged file stops the start rather than starting read-only: the issue that brought this check found a
    /// damaged page served as binary junk in a transcript, and a read-only start would serve it the same way,
    /// while the cure (`reader rebuild`, from the library's files) takes seconds. A supervisor restarting the
    /// app then writes the same one line each time, which is what an operator should see.
    /// </remarks>
    public static bool Prepare(DatabaseFile database, IDbContextFactory<ReaderDbContext> dbFactory, TimeSpan checkBudget, ILogger logger)
    {
        try
        {
            switch (database.Check(checkBudget, logger))
            {
                case DatabaseCondition.Starting:
                    using (var db = dbFactory.CreateDbContext())
                        SqliteSetup.MigrateAndReindex(db, logger);
                    database.Ready();
                    return true;
                case DatabaseCondition.ReadOnly:
                    List<string> pending;
                    using (var db = dbFactory.CreateDbContext())
                        pending = db.Database.GetPendingMigrations().ToList();
                    if (pending.Count > 0)
                    {
                        logger.LogCritical("{Database} is read-only but needs migrating to this version of Reader ({Migrations}): make it and its folder writable for one start (chmod u+w, or mount the disk rw)",
                            database.Path, string.Join(", ", pending));
                        return false;
                    }
                    database.ServeReadOnly();
                    logger.LogWarning("{Database} {Problem}", database.Path, database.Problem);
                    return true;
            }
        }
        catch (SqliteException e) when (database.Diagnose(e) is not null)
        {
            // Faults only a write shows (a read-only folder met by the first migration of a new file).
        }
        logger.LogCritical("{Database} {Problem}", database.Path, database.Problem);
        return false;
    }
}
