using Reader.Storage;
using Reader.Transcripts;

namespace Reader.Web;

/// <summary>
/// Imports every new or changed transcript in the seeds folder (<c>Reader:SeedsFolder</c>, by default the
/// repository's <c>seeds/</c>) in the background, once the app is listening, so a big folder or a huge file
/// never keeps the site down. Each file imports in one transaction: the library shows an episode whole or not
/// at all, and says meanwhile how far the import is (<see cref="SeedImportStatus"/>).
/// </summary>
internal sealed class SeedImport(EpisodeImporter importer, SeedImportStatus status, IConfiguration configuration, ILogger<SeedImport> logger)
    : BackgroundService
{
    private string? folder;

    /// <summary>Counts the files before the app listens, so that its first page can already say how many there are.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        folder = SeedsFolder(configuration);
        if (Directory.Exists(folder))
            status.Start(EpisodeImporter.SourcesIn(folder).Count);
        else
            logger.LogWarning("No seeds folder at {Folder}; nothing imported on start", folder);
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => Import(stoppingToken), CancellationToken.None);

    private void Import(CancellationToken stoppingToken)
    {
        try
        {
            if (folder is not null && Directory.Exists(folder))
            {
                logger.LogInformation("Importing {Files} {FilesNoun} from {Folder} in the background", status.Progress?.Total ?? 0, Counted.Noun(status.Progress?.Total ?? 0, "transcript"), folder);
                importer.ImportFolder(folder, new CountingProgress(status), stoppingToken);
            }
            status.Finish();
        }
        catch (Exception e)
        {
            // The site stays up with what it has; the import is tried again on the next start.
            logger.LogError(e, "Importing the seeds folder failed");
            status.Fail(e);
        }
    }

    private static string SeedsFolder(IConfiguration configuration)
    {
        var configured = configuration["Reader:SeedsFolder"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        return Path.Combine(SqliteSetup.RepositoryRoot() ?? Directory.GetCurrentDirectory(), "seeds");
    }

    // Progress<T> would report later, on the thread pool; the count must be right when the next page asks.
    private sealed class CountingProgress(SeedImportStatus status) : IProgress<ImportResult>
    {
        public void Report(ImportResult value) => status.Imported();
    }
}
