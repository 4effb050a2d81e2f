using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Reader.Storage.Library;
using Reader.Storage.Search;
using Reader.Transcripts;

namespace Reader.Storage;

public enum ImportOutcome
{
    Added,
    Replaced,
    Unchanged,
    Failed,
}

public sealed record ImportResult(string File, ImportOutcome Outcome, string? Slug = null, int Segments = 0, int Chapters = 0, int Warnings = 0, string? Error = null)
{
    /// <summary>The source gave real times (subtitle cues).</summary>
    public bool Timed { get; init; }

    /// <summary>What the parse warned about, by line.</summary>
    public IReadOnlyList<ParseWarning> WarningDetails { get; init; } = [];

    /// <summary>Where a failed import's input was wrong, when that is why it failed.</summary>
    public TranscriptFormatException? Problem { get; init; }
}

/// <summary>A source read and checked, not yet stored: what the import page previews.</summary>
public sealed record ReadSource(EpisodeSource Source, Transcript Transcript, string ContentHash);

/// <summary>
/// Puts transcript files into the database, one transaction per file: a new file adds an episode, a changed
/// one replaces its episode whole (keeping its slug, so links keep working), an unchanged one is skipped, and
/// a bad one leaves the database as it was. The search index changes in the same transaction as the rows.
/// </summary>
public sealed class EpisodeImporter(IDbContextFactory<ReaderDbContext> dbFactory, ILogger<EpisodeImporter> logger)
{
    /// <summary>The episodes of a folder, in the order <see cref="ImportFolder"/> imports them.</summary>
    public static IReadOnlyList<EpisodeSource> SourcesIn(string folder) => EpisodeSource.InFolder(folder);

    /// <summary>Imports the folder's transcripts one by one; a cancellation stops it between two files.</summary>
    public IReadOnlyList<ImportResult> ImportFolder(string folder, IProgress<ImportResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<ImportResult>();
        foreach (var source in SourcesIn(folder))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation("Stopped importing folder {Folder} after {Files} {FilesNoun}", folder, results.Count, Counted.Noun(results.Count, "file"));
                break;
            }
            var result = ImportSource(source);
            results.Add(result);
            progress?.Report(result);
        }

        logger.LogInformation(
            "Imported folder {Folder}: {Added} added, {Replaced} replaced, {Unchanged} unchanged, {Failed} failed",
            folder, Count(ImportOutcome.Added), Count(ImportOutcome.Replaced), Count(ImportOutcome.Unchanged), Count(ImportOutcome.Failed));
        return results;

        int Count(ImportOutcome outcome) => results.Count(r => r.Outcome == outcome);
    }

    public ImportResult ImportFile(string path) => ImportSource(new EpisodeSource(Path.GetFileName(path), [path]));

    /// <summary>
    /// Reads a source and its sidecars and checks them as an import would, without storing anything; throws
    /// <see cref="TranscriptFormatException"/> for input it cannot read, <see cref="IOException"/> for a file it cannot.
    /// </summary>
    public static ReadSource Read(EpisodeSource source)
    {
        var files = SourceFiles.Load(source);
        return new ReadSource(source, files.Parse(), files.ContentHash);
    }

    /// <param name="force">Import even when the files are unchanged since the last import (<c>reader rebuild</c>):
    /// the episode is replaced in one transaction, keeping its slug, or kept as it was when the files cannot be read.</param>
    public ImportResult ImportSource(EpisodeSource source, bool force = false)
    {
        var name = source.Key;
        try
        {
            using var db = dbFactory.CreateDbContext();
            var existing = Existing(db, name);
            var files = SourceFiles.Load(source);
            var hash = files.ContentHash;
            if (existing?.ContentHash == hash && !force)
            {
                logger.LogDebug("Skipped {File}: unchanged since the last import of {Episode}", name, existing.Slug);
                KeepSlug(source, existing.Slug);
                return Unchanged(db, name, existing.Id, existing.Slug);
            }
            var transcript = files.Parse();
            if (transcript.Pins.Count > 0 || transcript.Episode.Media is not null)
                logger.LogInformation("Applying {Pins} timing pins and media {Media} to {File}", transcript.Pins.Count, transcript.Episode.Media?.File ?? transcript.Episode.Media?.Url, name);

            using var transaction = WriteLock.Begin(db, logger, $"importing {name}");
            // Another import of the same source (the watcher's, a second upload) may have committed meanwhile.
            existing = Existing(db, name);
            if (existing?.ContentHash == hash && !force)
                return Unchanged(db, name, existing.Id, existing.Slug);
            if (existing is not null)
            {
                SearchIndex.Remove(db, existing.Id);
                db.Episodes.Where(e => e.Id == existing.Id).ExecuteDelete();
            }
            var slug = existing?.Slug ?? NewSlug(db, source, transcript.Episode.Slug);
            var row = TranscriptRows.ToRow(transcript, name, hash, slug);
            db.Episodes.Add(row);
            db.SaveChanges();
            SearchIndex.Add(db, row.Id, transcript.Segments.Select(s => (s.Index, s.Zh, s.En)));
            transaction.Commit();
            KeepSlug(source, slug);

            var outcome = existing is null ? ImportOutcome.Added : ImportOutcome.Replaced;
            logger.LogInformation(
                "{Outcome} {Episode} from {File}: {Segments} {SegmentsNoun}, {Chapters} {ChaptersNoun}, {Warnings} {WarningsNoun}{Timing}",
                outcome, slug, name,
                transcript.Segments.Count, Counted.Noun(transcript.Segments.Count, "segment"),
                transcript.Chapters.Count, Counted.Noun(transcript.Chapters.Count, "chapter"),
                transcript.Warnings.Count, Counted.Noun(transcript.Warnings.Count, "warning"),
                transcript.Timed ? ", timed by its cues" : "");
            // Each once, when the file is imported; an unchanged file is skipped and says nothing again.
            foreach (var warning in transcript.Warnings)
                logger.LogWarning("{File}:{Line}: {Warning}", name, warning.Line, warning.Message);
            return new ImportResult(name, outcome, slug, transcript.Segments.Count, transcript.Chapters.Count, transcript.Warnings.Count)
                { Timed = transcript.Timed, WarningDetails = transcript.Warnings };
        }
        // Whatever goes wrong with one file (bad input, unreadable, a locked or failing database) is that file's
        // failure: the transaction is rolled back and the other files still import.
        catch (Exception e) when (e is TranscriptFormatException or IOException or UnauthorizedAccessException
                                      or DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning("Could not import {File}: {Error}", name, e.Message);
            return new ImportResult(name, ImportOutcome.Failed, Error: e.Message) { Problem = e as TranscriptFormatException };
        }
    }

    /// <summary>Removes the episode stored under this source key, with its search entries; false when there is none.</summary>
    /// <param name="stillGone">Asked once the write lock is held, when given: whether the source is still gone. An
    /// upload moves its files in before it imports them, so a source seen missing a moment ago may be back.</param>
    public bool Remove(string sourceKey, Func<bool>? stillGone = null)
    {
        using var db = dbFactory.CreateDbContext();
        using var transaction = WriteLock.Begin(db, logger, $"removing {sourceKey}");
        if (stillGone is not null && !stillGone())
            return false;
        var episode = db.Episodes.AsNoTracking().Where(e => e.SourceFile == sourceKey).Select(e => new { e.Id, e.Slug }).FirstOrDefault();
        if (episode is null)
            return false;
        SearchIndex.Remove(db, episode.Id);
        db.Episodes.Where(e => e.Id == episode.Id).ExecuteDelete();
        transaction.Commit();
        logger.LogInformation("Removed {Episode} (its source {File} is gone)", episode.Slug, sourceKey);
        return true;
    }

    /// <summary>
    /// Removes the episodes whose files are gone: stored under a key that none of the sources has, where
    /// <paramref name="folderIsThere"/> says the folder it would be in exists (a missing folder is more likely a
    /// setting than a deletion). Returns each removed episode's source key and slug.
    /// </summary>
    /// <param name="isThereNow">Whether a source's files are there as it is asked, for the sources the list lacks: the
    /// list was made before, and an upload may have moved a new episode in since.</param>
    public IReadOnlyList<(string SourceKey, string Slug)> RemoveGone(IReadOnlyList<EpisodeSource> sources, Func<string, bool> folderIsThere, Func<string, bool> isThereNow)
    {
        var present = sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        List<(string SourceKey, string Slug)> stored;
        using (var db = dbFactory.CreateDbContext())
            stored = [.. db.Episodes.AsNoTracking().Select(e => new { e.SourceFile, e.Slug }).AsEnumerable().Select(e => (e.SourceFile, e.Slug))];
        return [.. stored.Where(e => !present.Contains(e.SourceKey) && folderIsThere(e.SourceKey) && Remove(e.SourceKey, () => !isThereNow(e.SourceKey)))];
    }

    /// <summary>
    /// A new episode's slug, the same whatever order the sources are imported in. A library source keeps the one
    /// written beside it (<see cref="SlugSidecar"/>) unless another source holds it (a copied folder): then it gets a
    /// new one, which is kept instead. A seed's comes from its title and, when another episode has that, from its
    /// file name too (<c>title-file</c>), so that a rebuild gives it again without a file in the seeds folder.
    /// </summary>
    private string NewSlug(ReaderDbContext db, EpisodeSource source, string titleSlug)
    {
        if (source.IsInLibrary && SlugSidecar.Read(source.Primary) is { } kept)
        {
            var holder = db.Episodes.AsNoTracking().Where(e => e.Slug == kept).Select(e => e.SourceFile).FirstOrDefault();
            if (holder is null)
                return kept;
            logger.LogWarning("{File} keeps the slug {Slug}, but {Holder} holds it; it gets a new one", source.Key, kept, holder);
        }
        if (!source.IsInLibrary && db.Episodes.Any(e => e.Slug == titleSlug))
        {
            var byName = $"{titleSlug}-{Slug.From(EpisodeSource.Stem(Path.GetFileName(source.Primary)), source.Key)}";
            if (!db.Episodes.Any(e => e.Slug == byName))
                return byName;
        }
        return UniqueSlug(db, titleSlug);
    }

    /// <summary>Writes a library source's slug beside it when it is not there yet; a seed's is derived, never written.</summary>
    private void KeepSlug(EpisodeSource source, string slug)
    {
        if (!source.IsInLibrary || SlugSidecar.Read(source.Primary) == slug)
            return;
        try
        {
            SlugSidecar.Write(source.Primary, slug);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The episode is stored; only a later rebuild could give it another slug.
            logger.LogWarning("Could not keep the slug {Slug} beside {File}: {Error}", slug, source.Key, e.Message);
        }
    }

    private static string UniqueSlug(ReaderDbContext db, string slug)
    {
        var taken = db.Episodes.Where(e => e.Slug == slug || e.Slug.StartsWith(slug + "-")).Select(e => e.Slug).ToHashSet();
        if (!taken.Contains(slug))
            return slug;
        var n = 2;
        while (taken.Contains($"{slug}-{n}"))
            n++;
        return $"{slug}-{n}";
    }

    /// <summary>The content hash the episode of this source was last imported with, or null when there is none.</summary>
    public string? StoredHash(string sourceKey)
    {
        using var db = dbFactory.CreateDbContext();
        return Existing(db, sourceKey)?.ContentHash;
    }

    private static StoredVersion? Existing(ReaderDbContext db, string sourceKey) =>
        db.Episodes.AsNoTracking().Where(e => e.SourceFile == sourceKey).Select(e => new StoredVersion(e.Id, e.Slug, e.ContentHash)).FirstOrDefault();

    private sealed record StoredVersion(int Id, string Slug, string ContentHash);

    private static ImportResult Unchanged(ReaderDbContext db, string name, int id, string slug)
    {
        var episode = db.Episodes.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { Segments = e.Segments.Count, Chapters = e.Chapters.Count, Timed = e.Segments.Any(s => s.StartSeconds != null), Warnings = e.Warnings.OrderBy(w => w.Line).Select(w => new ParseWarning(w.Line, w.Message)).ToList() })
            .First();
        return new ImportResult(name, ImportOutcome.Unchanged, slug, episode.Segments, episode.Chapters, episode.Warnings.Count)
            { Timed = episode.Timed, WarningDetails = episode.Warnings };
    }
}
