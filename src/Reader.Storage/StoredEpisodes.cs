using Microsoft.EntityFrameworkCore;
using Reader.Transcripts.Speakers;

namespace Reader.Storage;

/// <summary>One imported episode, every row of it, as one commit left it.</summary>
/// <param name="Speakers">In <see cref="SpeakerOrder"/>.</param>
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
        Episode.MediaFile is { } file ? Transcripts.Media.EpisodeMedia.ForFile(file, Episode.MediaType)
        : Episode.MediaUrl is { } url ? new Transcripts.Media.EpisodeMedia(url, Episode.MediaType)
        : null;

    public IReadOnlyList<Transcripts.Chapters.TimingPin> TimingPins => [.. Pins.Select(p => new Transcripts.Chapters.TimingPin(p.Segment, p.Seconds))];
}

/// <summary>One line of the library: an imported episode without its rows, only how many of each it has.</summary>
/// <param name="SpeakerNames">In <see cref="SpeakerOrder"/>.</param>
public sealed record StoredEpisodeSummary(
    string Slug,
    string Show,
    string TitleZh,
    string TitleEn,
    int? DurationSeconds,
    DateTime ImportedAtUtc,
    string SourceFile,
    IReadOnlyList<string> SpeakerNames,
    int Chapters,
    int Segments,
    int Warnings)
{
    /// <summary>The source gave real times (subtitle cues), so the duration is not an estimate.</summary>
    public bool Timed { get; init; }
}

/// <summary>
/// The one way imported episodes are read back, for the reader, the exports and the CLI: an episode whole in one
/// <see cref="ReadSnapshot"/>, so an import replacing the episode meanwhile is seen whole or not at all, and never
/// waited for; the library as one line per episode.
/// </summary>
public static class StoredEpisodes
{
    /// <summary>Every imported episode, the newest import first.</summary>
    public static async Task<IReadOnlyList<StoredEpisodeSummary>> ListEpisodesAsync(this ReaderDbContext db, CancellationToken cancellationToken = default)
    {
        var episodes = await db.Episodes.AsNoTracking()
            .Select(e => new
            {
                e.Slug, e.Show, e.TitleZh, e.TitleEn, e.DurationSeconds, e.ImportedAtUtc, e.SourceFile,
                Speakers = e.Speakers.Select(s => new { s.Label, s.Name, s.Role }).ToList(),
                Chapters = e.Chapters.Count,
                Segments = e.Segments.Count,
                Warnings = e.Warnings.Count,
                Timed = e.Segments.Any(s => s.Ordinal == 1 && s.StartSeconds != null),
            })
            .ToListAsync(cancellationToken);

        return episodes
            .OrderByDescending(e => e.ImportedAtUtc)
            .Select(e => new StoredEpisodeSummary(
                e.Slug, e.Show, e.TitleZh, e.TitleEn, e.DurationSeconds, e.ImportedAtUtc, e.SourceFile,
                [.. e.Speakers.InSpeakerOrder(s => s.Role, s => s.Label).Select(s => s.Name)],
                e.Chapters, e.Segments, e.Warnings) { Timed = e.Timed })
            .ToList();
    }

    /// <summary>
    /// The content hash of the episode with this slug as last imported, or null: a different hash than before
    /// means the episode was imported again.
    /// </summary>
    public static Task<string?> ContentHashAsync(this ReaderDbContext db, string slug, CancellationToken cancellationToken = default) =>
        db.Episodes.AsNoTracking().Where(e => e.Slug == slug).Select(e => e.ContentHash).FirstOrDefaultAsync(cancellationToken);

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
            [.. (await db.Speakers.AsNoTracking().Where(s => s.EpisodeId == id).ToListAsync(cancellationToken)).InSpeakerOrder(s => s.Role, s => s.Label)],
            await db.Chapters.AsNoTracking().Where(c => c.EpisodeId == id).OrderBy(c => c.Ordinal).ToListAsync(cancellationToken),
            await db.Segments.AsNoTracking().Where(s => s.EpisodeId == id).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken),
            await db.Warnings.AsNoTracking().Where(w => w.EpisodeId == id).OrderBy(w => w.Line).ToListAsync(cancellationToken))
        {
            Pins = await db.Pins.AsNoTracking().Where(p => p.EpisodeId == id).OrderBy(p => p.Segment).ToListAsync(cancellationToken),
        };
    }
}
