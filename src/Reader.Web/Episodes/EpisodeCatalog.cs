using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Transcripts;

namespace Reader.Web.Episodes;

/// <summary>
/// Reads episodes for the reader. Each episode is read once, in one snapshot (<see cref="StoredEpisodes"/>),
/// into an immutable <see cref="EpisodeView"/> that every reader shares, kept in an <see cref="EpisodeCache"/>
/// within its budget; a re-import (a new content hash) replaces it.
/// </summary>
public sealed class EpisodeCatalog(
    IDbContextFactory<ReaderDbContext> dbFactory, HtmlEncoder encoder, ILogger<EpisodeCatalog> logger, EpisodeCache? cache = null)
{
    private readonly EpisodeCache cache = cache ?? new EpisodeCache(EpisodeCache.DefaultMegabytes * 1024L * 1024);

    public EpisodeCache Cache => cache;

    public async Task<IReadOnlyList<EpisodeListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.ListEpisodesAsync(cancellationToken))
            .Select(e => new EpisodeListing(e.Slug, e.Show, e.TitleZh, e.TitleEn, e.SpeakerNames, e.Chapters, e.Segments, e.DurationSeconds, e.ImportedAtUtc) { Timed = e.Timed })
            .ToList();
    }

    /// <summary>The episode, or null when no episode has this slug.</summary>
    public async Task<EpisodeView?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var currentHash = await db.ContentHashAsync(slug, cancellationToken);
        if (currentHash is null)
            return null;
        if (cache.Get(slug, currentHash) is { } cached)
            return cached;

        // Whatever was imported since the lookup, the snapshot holds one whole version of the episode, or none.
        if (await db.LoadEpisodeAsync(slug, cancellationToken) is not { } stored)
            return null;
        var view = ToView(stored);
        var evicted = cache.Add(slug, stored.Episode.ContentHash, view);
        logger.LogInformation("Loaded {Episode} for reading: {Segments} {SegmentsNoun}, {Bytes} bytes of transcript markup, about {CachedBytes} bytes in memory",
            slug, view.SegmentCount, Counted.Noun(view.SegmentCount, "segment"), view.Transcript.Value.Length, view.EstimatedBytes);
        if (evicted.Count > 0)
            logger.LogInformation("Evicted {Evicted} {EvictedNoun} from the episode cache to keep it within {Budget} bytes: {CacheBytes} bytes in {Cached} {CachedNoun}",
                evicted.Count, Counted.Noun(evicted.Count, "episode"), cache.BudgetBytes, cache.Bytes, cache.Count, Counted.Noun(cache.Count, "episode"));
        return view;
    }

    private EpisodeView ToView(StoredEpisode stored)
    {
        var episode = stored.Episode;
        var rows = stored.Segments.Select(s => new TranscriptMarkup.Row(s.Ordinal, s.Speaker, s.Zh, s.En, s.Chapter, s.EstimatedStartSeconds, s.StartSeconds)).ToList();
        var segmentsPerSpeaker = rows.CountBy(r => r.Speaker).ToDictionary();
        var speakers = stored.Speakers
            .Select(s => new SpeakerView(s.Label, s.Name, s.Role, segmentsPerSpeaker.GetValueOrDefault(s.Label)))
            .ToList();
        var chapters = stored.Chapters
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
            SpeakerStyles.For(speakers.Select(s => s.Label)))
        {
            Pins = stored.TimingPins,
            Media = stored.Media,
            SourceFile = episode.SourceFile,
        };
    }
}
