using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Dictionary.Cedict;
using Reader.Storage;
using Reader.Storage.Dictionary;

namespace Reader.Web.Tests.Dictionary;

/// <summary>
/// The dictionary imported once per test run into a migrated database, which every host that looks words up
/// starts from as a file copy. Each host importing it for itself took 8 s on an idle machine and over 90 s under
/// load; started from the copy, the app finds the dictionary current and only loads its headwords.
/// </summary>
internal static class DictionaryTemplate
{
    private static readonly Lazy<string?> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the template to a host's database path before its first start; false when the build installed no dictionary.</summary>
    public static bool CopyTo(string databasePath)
    {
        if (Built.Value is not { } template || File.Exists(databasePath))
            return false;
        File.Copy(template, databasePath);
        return true;
    }

    private static string? Build()
    {
        if (CedictPackage.At(CedictPackage.DefaultFolder(SqliteSetup.RepositoryRoot()!)) is not { } package)
            return null;
        var folder = Directory.CreateTempSubdirectory("reader-dictionary-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var path = Path.Combine(folder, "reader.db");
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={path};Pooling=False");
        using var db = new ReaderDbContext(options.Options);
        SqliteSetup.MigrateAndReindex(db);
        DictionaryImport.ImportIfStale(db, package, NullLogger.Instance);
        // Everything into the database file itself, which is all a copy takes.
        db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        return path;
    }
}
