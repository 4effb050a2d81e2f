using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Storage.Library;
using Reader.Transcripts;

namespace Reader.Web.Library;

/// <summary>
/// Keeps the database an index of the library's files. Once the app is listening it imports, in the background,
/// every new or changed source of the seeds folder (<c>Reader:SeedsFolder</c>, by default the repository's
/// <c>seeds/</c>) and of the sources folder (<c>data/sources/</c>), and removes episodes whose files are gone;
/// then it watches both, so a transcript added, changed or removed while the app runs is imported or removed
/// within seconds (<see cref="LibraryImportStatus.Changes"/> says what happened). Each source imports in one
/// transaction: the library shows an episode whole or not at all.
/// </summary>
internal sealed class LibraryImport(
    EpisodeImporter importer, LibraryFiles files, LibraryImportStatus status, DatabaseWatch database, DatabaseFile databaseFile, ILogger<LibraryImport> logger)
    : BackgroundService
{
    // Editors and copies write a file in several steps; one import after the last of them, not one per step.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    private readonly SemaphoreSlim changed = new(0);
    private readonly List<FileSystemWatcher> watchers = [];

    /// <summary>Counts the sources before the app listens, so that its first page can already say how many there are.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(files.SeedsFolder))
            logger.LogWarning("No seeds folder at {Folder}; only the library's own sources are imported", files.SeedsFolder);
        files.CleanStaging();
        status.ResyncRequested += () => changed.Release();
        if (!databaseFile.CanWrite)
        {
            logger.LogWarning("Not importing the library's files: {Database} cannot be written; the library shows what the database holds", databaseFile.Path);
            status.Skip($"the database {databaseFile.Problem}");
            return base.StartAsync(cancellationToken);
        }
        status.Start(files.AllSources().Count);
        Watch(files.SeedsFolder, subfolders: false);
        Directory.CreateDirectory(files.SourcesFolder);
        Watch(files.SourcesFolder, subfolders: true);
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        if (status.SkippedBecause is not null)
            return;
        try
        {
            var sources = files.AllSources();
            logger.LogInformation("Importing {Sources} {SourcesNoun} from {Seeds} and {Library} in the background",
                sources.Count, Counted.Noun(sources.Count, "transcript"), files.SeedsFolder, files.SourcesFolder);
            foreach (var source in sources)
            {
                if (stoppingToken.IsCancellationRequested)
                    break;
                importer.ImportSource(source);
                status.Imported();
            }
            RemoveGone(sources, announce: false);
            status.Finish();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The site stays up with what it has; the import is tried again on the next start.
            logger.LogError(e, "Importing the library's files failed");
            status.Fail(e);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await changed.WaitAsync(stoppingToken);
                await Task.Delay(Settle, stoppingToken);
                while (changed.CurrentCount > 0)
                    await changed.WaitAsync(stoppingToken);
                // A read-only or lost database takes no import; the watch says why, once.
                if (database.CheckNow())
                    Resync();
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbUpdateException or System.Data.Common.DbException)
            {
                logger.LogWarning("Could not bring a change of the library's files in: {Error}", e.Message);
            }
        }
    }

    /// <summary>Imports what changed (an unchanged source is skipped by its hash) and removes what is gone.</summary>
    private void Resync()
    {
        var sources = files.AllSources();
        foreach (var source in sources)
        {
            var result = importer.ImportSource(source);
            var message = result.Outcome switch
            {
                ImportOutcome.Added => $"Added {Path.GetFileName(source.Primary)}",
                ImportOutcome.Replaced => $"Updated {Path.GetFileName(source.Primary)}",
                ImportOutcome.Failed => $"Could not import {Path.GetFileName(source.Primary)}: {result.Error}",
                _ => null,
            };
            if (message is not null)
                status.Changed(new LibraryChange(DateTime.UtcNow, result.Slug, message));
        }
        RemoveGone(sources, announce: true);
    }

    // A seed's episode goes only when there is a seeds folder to have removed it from: a missing folder is more
    // likely a setting than a deletion.
    private void RemoveGone(IReadOnlyList<EpisodeSource> sources, bool announce)
    {
        foreach (var (sourceKey, slug) in importer.RemoveGone(sources, files.HasFolderFor, key => files.Find(key)?.Key == key))
        {
            if (announce)
                status.Changed(new LibraryChange(DateTime.UtcNow, null, $"Removed {slug}: its file {sourceKey} is gone"));
        }
    }

    private void Watch(string folder, bool subfolders)
    {
        if (!Directory.Exists(folder))
            return;
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = subfolders,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler signal = (_, e) =>
        {
            // The staging folder is the uploads' own business until they are moved in.
            if (!e.FullPath.Contains($"{Path.DirectorySeparatorChar}.staging", StringComparison.Ordinal))
                changed.Release();
        };
        watcher.Created += signal;
        watcher.Changed += signal;
        watcher.Deleted += signal;
        watcher.Renamed += (_, e) => changed.Release();
        watcher.Error += (_, e) => logger.LogWarning("The watcher of {Folder} lost track of changes: {Error}", folder, e.GetException().Message);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    public override void Dispose()
    {
        watchers.ForEach(w => w.Dispose());
        base.Dispose();
    }
}
