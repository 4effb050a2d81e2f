using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Reader.Storage;

namespace Reader.Web.Episodes;

/// <summary>
/// Reads episodes for the reader. Each episode is read once, with one query per table, into an immutable
/// <see cref="EpisodeView"/> that every reader shares; a re-import (a new content hash) replaces it.
/// </summary>
public sealed class EpisodeCatalog(IDbContextFactory<ReaderDbContext> dbFactory, HtmlEncoder encoder, ILogger<EpisodeCatalog> logger)
{
    private readonly ConcurrentDictionary<string, (string Hash, EpisodeView View)> cache = new();

    public async Task<IReadOnlyList<EpisodeListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var episodes = await db.Episodes.AsNoTracking()
            .Select(e => new
            {
                e.Slug, e.Show, e.TitleZh, e.TitleEn, e.DurationSeconds, e.ImportedAtUtc,
                Speakers = e.Speakers.OrderBy(s => s.Role == "host" ? 0 : 1).ThenBy(s => s.Label).Select(s => s.Name).ToList(),
                Chapters = e.Chapters.Count,
                Segments = e.Segments.Count,
            })
            .ToListAsync(cancellationToken);

        return episodes
            .OrderByDescending(e => e.ImportedAtUtc)
            .Select(e => new EpisodeListing(e.Slug, e.Show, e.TitleZh, e.TitleEn, e.Speakers, e.Chapters, e.Segments, e.DurationSeconds, e.ImportedAtUtc))
            .ToList();
    }

    /// <summary>The episode, or null when no episode has this slug.</summary>
    public async Task<EpisodeView?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.Episodes.AsNoTracking()
            .Where(e => e.Slug == slug)
            .Select(e => new { e.Id, e.ContentHash })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
            return null;
        if (cache.TryGetValue(slug, out var cached) && cached.Hash == current.ContentHash)
            return cached.View;

        // A re-import replaces the episode under a new id; if that happened since the lookup, read it again.
        await using var read = await db.Database.BeginTransactionAsync(cancellationToken);
        var id = await db.Episodes.Where(e => e.Slug == slug && e.ContentHash == current.ContentHash).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
            return await FindAsync(slug, cancellationToken);
        var view = await LoadAsync(db, id.Value, cancellationToken);
        cache[slug] = (current.ContentHash, view);
        logger.LogInformation("Loaded {Episode} for reading: {Segments} segments, {Bytes} bytes of transcript markup",
            slug, view.SegmentCount, view.Transcript.Value.Length);
        return view;
    }

    private async Task<EpisodeView> LoadAsync(ReaderDbContext db, int id, CancellationToken cancellationToken)
    {
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
        var speakerRows = await db.Speakers.AsNoTracking().Where(s => s.EpisodeId == id).ToListAsync(cancellationToken);
        var chapterRows = await db.Chapters.AsNoTracking().Where(c => c.EpisodeId == id).OrderBy(c => c.Ordinal).ToListAsync(cancellationToken);
        var rows = await db.Segments.AsNoTracking().Where(s => s.EpisodeId == id).OrderBy(s => s.Ordinal)
            .Select(s => new TranscriptMarkup.Row(s.Ordinal, s.Speaker, s.Zh, s.En, s.Chapter, s.EstimatedStartSeconds))
            .ToListAsync(cancellationToken);

        var segmentsPerSpeaker = rows.CountBy(r => r.Speaker).ToDictionary();
        var speakers = speakerRows
            .OrderBy(s => s.Role == "host" ? 0 : 1).ThenBy(s => s.Label, StringComparer.Ordinal)
            .Select(s => new SpeakerView(s.Label, s.Name, s.Role, segmentsPerSpeaker.GetValueOrDefault(s.Label)))
            .ToList();
        var chapters = chapterRows
            .Select(c => new ChapterView(c.Ordinal, c.StartSeconds, c.Title, c.FirstSegment, VideoLinks.At(episode.SourceUrl, c.StartSeconds)))
            .ToList();

        return new EpisodeView(
            episode.Slug,
            episode.Show,
            episode.TitleZh,
            episode.TitleEn,
            new MarkupString(SummaryMarkdown.ToHtml(episode.Summary)),
            episode.SourceUrl,
            episode.DurationSeconds,
            speakers,
            chapters,
            rows,
            new MarkupString(TranscriptMarkup.Build($"episodes/{episode.Slug}", rows, chapters, speakers, encoder)),
            SpeakerStyles.For(speakers.Select(s => s.Label)));
    }
}
