using Microsoft.EntityFrameworkCore;
using Reader.Transcripts;

namespace Reader.Storage;

/// <summary>Reads an imported episode back as the transcript records the exports take.</summary>
public static class StoredTranscripts
{
    /// <summary>The episode with this slug as a <see cref="Transcript"/> (without the source's line accounting), or null.</summary>
    public static async Task<Transcript?> LoadTranscriptAsync(this ReaderDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        var episode = await db.Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (episode is null)
            return null;

        var speakers = await db.Speakers.AsNoTracking().Where(s => s.EpisodeId == episode.Id).OrderBy(s => s.Label).ToListAsync(cancellationToken);
        var chapters = await db.Chapters.AsNoTracking().Where(c => c.EpisodeId == episode.Id).OrderBy(c => c.Ordinal).ToListAsync(cancellationToken);
        var segments = await db.Segments.AsNoTracking().Where(s => s.EpisodeId == episode.Id).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        var warnings = await db.Warnings.AsNoTracking().Where(w => w.EpisodeId == episode.Id).OrderBy(w => w.Line).ToListAsync(cancellationToken);

        return new Transcript(
            new Episode(episode.Show, episode.TitleZh, episode.TitleEn, episode.Summary, episode.SourceUrl, episode.Slug, episode.DurationSeconds),
            [.. speakers.Select(s => new Speaker(s.Label, s.Name, Enum.TryParse<SpeakerRole>(s.Role, ignoreCase: true, out var role) ? role : SpeakerRole.Unknown))],
            [.. chapters.Select(c => new Chapter(c.Ordinal, c.StartSeconds, c.Title, c.FirstSegment))],
            [.. segments.Select(s => new Segment(s.Ordinal, s.Speaker, s.Zh, s.En, s.Chapter, s.EstimatedStartSeconds, s.SourceLine))],
            [.. warnings.Select(w => new ParseWarning(w.Line, w.Message))],
            []);
    }
}
