using Microsoft.EntityFrameworkCore;
using Reader.Storage;

namespace Reader.Web;

internal static class DatabaseStartup
{
    /// <summary>
    /// Brings the schema and the search index up to date before the app serves a request. It is quick; the
    /// seeds are imported afterwards, while the app serves (<see cref="Library.LibraryImport"/>).
    /// </summary>
    public static void MigrateDatabase(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup).FullName!);
        using var db = app.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContext();
        SqliteSetup.MigrateAndReindex(db, logger);
    }
}
