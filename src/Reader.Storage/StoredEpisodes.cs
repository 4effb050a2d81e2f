using Microsoft.EntityFrameworkCore;

namespace Reader.Storage;

/// <summary>One imported episode, every row of it, as one commit left it.</summary>
/// <param name="Speakers">By label.</param>
/// <param name="Chapters">In order.</param>
/// <param name="Segments">In order.</param>
/// <param name="Warnings">By line.</param>
public sealed record StoredEpisode(
    EpisodeRow Episode,
    IReadOnlyList<SpeakerRow> Speakers,
    IReadOnlyList<ChapterRow> Chapters,
    IReadOnlyList<SegmentRow> Segments,
    IReadOnlyList<WarningRow> Warnings)
{
    /// <summary>By segment.</summary>
    public IReadOnlyList<PinRow> Pins { get; init; } = [];

    public Transcripts.Media.EpisodeMedia? Media =>
        Episode.MediaUrl is { } url ? new Transcripts.Media.EpisodeMedia(url, Episode.MediaType) : null;

    public IReadOnlyList<Transcripts.Chapters.TimingPin> TimingPins => [.. Pins.Select(p => new Transcripts.Chapters.TimingPin(p.Segment, p.Seconds))];
}

/// <summary>
/// The one way an episode is read back, for the reader and for the exports: in one <see cref="ReadSnapshot"/>,
/// so an import replacing the episode meanwhile is seen whole or not at all, and never waited for.
/// </summary>
public static class StoredEpisodes
{
    /// <summary>The episode with this slug, or null.</summary>
    public static async Task<StoredEpisode?> LoadEpisodeAsync(this ReaderDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var episode = await db.Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (episode is null)
            return null;

        var id = episode.Id;
        return new StoredEpisode(
            episode,
            await db.Speakers.AsNoTracking().Where(s => s.EpisodeId == id).OrderBy(s => s.Label).ToListAsync(cancellationToken),
            await db.Chapters.AsNoTracking().Where(c => c.EpisodeId == id).OrderBy(c => c.Ordinal).ToListAsync(cancellationToken),
            await db.Segments.AsNoTracking().Where(s => s.EpisodeId == id).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken),
            await db.Warnings.AsNoTracking().Where(w => w.EpisodeId == id).OrderBy(w => w.Line).ToListAsync(cancellationToken))
        {
            Pins = await db.Pins.AsNoTracking().Where(p => p.EpisodeId == id).OrderBy(p => p.Segment).ToListAsync(cancellationToken),
        };
    }
}
