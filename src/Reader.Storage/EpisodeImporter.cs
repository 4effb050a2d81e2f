using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Reader.Storage.Search;
using Reader.Transcripts;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Media;
using Reader.Transcripts.Speakers;

namespace Reader.Storage;

public enum ImportOutcome
{
    Added,
    Replaced,
    Unchanged,
    Failed,
}

public sealed record ImportResult(string File, ImportOutcome Outcome, string? Slug = null, int Segments = 0, int Chapters = 0, int Warnings = 0, string? Error = null);

/// <summary>
/// Puts transcript files into the database, one transaction per file: a new file adds an episode, a changed
/// one replaces its episode whole (keeping its slug, so links keep working), an unchanged one is skipped, and
/// a bad one leaves the database as it was. The search index changes in the same transaction as the rows.
/// </summary>
public sealed class EpisodeImporter(IDbContextFactory<ReaderDbContext> dbFactory, ILogger<EpisodeImporter> logger)
{
    public const string TranscriptPattern = "*.txt";

    // Part of every content hash, so that a better parser re-imports files on the next run. Bump it when the
    // parser's output for the same input changes.
    private const string ParserRevision = "reader-parser-1";

    /// <summary>The transcripts of a folder, in the order <see cref="ImportFolder"/> imports them.</summary>
    public static IReadOnlyList<string> FilesIn(string folder) =>
        [.. Directory.EnumerateFiles(folder, TranscriptPattern).Order(StringComparer.Ordinal)];

    /// <summary>Imports the folder's transcripts one by one; a cancellation stops it between two files.</summary>
    public IReadOnlyList<ImportResult> ImportFolder(string folder, IProgress<ImportResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<ImportResult>();
        foreach (var file in FilesIn(folder))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation("Stopped importing folder {Folder} after {Files} {FilesNoun}", folder, results.Count, Counted.Noun(results.Count, "file"));
                break;
            }
            var result = ImportFile(file);
            results.Add(result);
            progress?.Report(result);
        }

        logger.LogInformation(
            "Imported folder {Folder}: {Added} added, {Replaced} replaced, {Unchanged} unchanged, {Failed} failed",
            folder, Count(ImportOutcome.Added), Count(ImportOutcome.Replaced), Count(ImportOutcome.Unchanged), Count(ImportOutcome.Failed));
        return results;

        int Count(ImportOutcome outcome) => results.Count(r => r.Outcome == outcome);
    }

    public ImportResult ImportFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            var content = File.ReadAllBytes(path);
            var speakersFile = Sidecar.Read(SpeakerOverrides.SidecarPathFor(path));
            var timesFile = Sidecar.Read(TimingSidecar.SidecarPathFor(path));
            var mediaFile = Sidecar.Read(MediaSidecar.SidecarPathFor(path));
            var hash = ContentHash(content, speakersFile, timesFile, mediaFile);

            using var db = dbFactory.CreateDbContext();
            var existing = db.Episodes.AsNoTracking().Where(e => e.SourceFile == name).Select(e => new { e.Id, e.Slug, e.ContentHash }).FirstOrDefault();
            if (existing?.ContentHash == hash)
            {
                logger.LogDebug("Skipped {File}: unchanged since the last import of {Episode}", name, existing.Slug);
                return new ImportResult(name, ImportOutcome.Unchanged, existing.Slug);
            }

            var overrides = speakersFile is { } speakers ? SpeakerOverrides.Parse(speakers.Name, speakers.Text) : null;
            var pins = timesFile is { } times ? (times.Name, TimingSidecar.Parse(times.Name, times.Text)) : ((string, IReadOnlyList<TimingPin>)?)null;
            var media = mediaFile is { } file ? MediaSidecar.Parse(file.Name, file.Text) : null;
            var transcript = TranscriptParser.Parse(name, content, overrides, pins);
            transcript = transcript with { Episode = transcript.Episode with { Media = media } };
            if (pins is not null || media is not null)
                logger.LogInformation("Applying {Pins} timing pins and media {Media} to {File}", transcript.Pins.Count, media?.Url, name);

            using var transaction = WriteLock.Begin(db, logger, $"importing {name}");
            if (existing is not null)
            {
                SearchIndex.Remove(db, existing.Id);
                db.Episodes.Where(e => e.Id == existing.Id).ExecuteDelete();
            }
            var slug = existing?.Slug ?? UniqueSlug(db, transcript.Episode.Slug);
            var row = TranscriptRows.ToRow(transcript, name, hash, slug);
            db.Episodes.Add(row);
            db.SaveChanges();
            SearchIndex.Add(db, row.Id, transcript.Segments.Select(s => (s.Index, s.Zh, s.En)));
            transaction.Commit();

            var outcome = existing is null ? ImportOutcome.Added : ImportOutcome.Replaced;
            logger.LogInformation(
                "{Outcome} {Episode} from {File}: {Segments} {SegmentsNoun}, {Chapters} {ChaptersNoun}, {Warnings} {WarningsNoun}",
                outcome, slug, name,
                transcript.Segments.Count, Counted.Noun(transcript.Segments.Count, "segment"),
                transcript.Chapters.Count, Counted.Noun(transcript.Chapters.Count, "chapter"),
                transcript.Warnings.Count, Counted.Noun(transcript.Warnings.Count, "warning"));
            // Each once, when the file is imported; an unchanged file is skipped and says nothing again.
            foreach (var warning in transcript.Warnings)
                logger.LogWarning("{File}:{Line}: {Warning}", name, warning.Line, warning.Message);
            return new ImportResult(name, outcome, slug, transcript.Segments.Count, transcript.Chapters.Count, transcript.Warnings.Count);
        }
        // Whatever goes wrong with one file (bad input, unreadable, a locked or failing database) is that file's
        // failure: the transaction is rolled back and the other files still import.
        catch (Exception e) when (e is TranscriptFormatException or IOException or UnauthorizedAccessException
                                      or DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning("Could not import {File}: {Error}", name, e.Message);
            return new ImportResult(name, ImportOutcome.Failed, Error: e.Message);
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

    // The speaker sidecar's bytes follow the transcript's as they did before there were other sidecars; the
    // later ones enter by name and length, and only when present, so a transcript without them keeps its hash.
    private static string ContentHash(byte[] content, Sidecar? speakers, params Sidecar?[] later)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(ParserRevision));
        sha.AppendData(content);
        sha.AppendData(speakers?.Bytes ?? []);
        foreach (var sidecar in later.OfType<Sidecar>())
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"\0{sidecar.Suffix}\0{sidecar.Bytes.Length}\0"));
            sha.AppendData(sidecar.Bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private sealed record Sidecar(string Name, byte[] Bytes)
    {
        /// <summary><c>.times.json</c>, <c>.media.json</c>: what kind of sidecar, whatever the transcript's name.</summary>
        public string Suffix => Name[Name.LastIndexOf('.', Name.Length - ".json".Length - 1)..];

        public string Text => System.Text.Encoding.UTF8.GetString(Bytes);

        public static Sidecar? Read(string path) => File.Exists(path) ? new Sidecar(Path.GetFileName(path), File.ReadAllBytes(path)) : null;
    }
}
