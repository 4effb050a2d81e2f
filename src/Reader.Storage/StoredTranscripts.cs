using Reader.Transcripts;

namespace Reader.Storage;

/// <summary>Reads an imported episode back as the transcript records the exports take.</summary>
public static class StoredTranscripts
{
    /// <summary>The episode with this slug as a <see cref="Transcript"/> (without the source's line accounting), or null.</summary>
    public static async Task<Transcript?> LoadTranscriptAsync(this ReaderDbContext db, string slug, CancellationToken cancellationToken = default) =>
        await db.LoadEpisodeAsync(slug, cancellationToken) is { } stored ? ToTranscript(stored) : null;

    public static Transcript ToTranscript(StoredEpisode stored)
    {
        var episode = stored.Episode;
        return new Transcript(
            new Episode(episode.Show, episode.TitleZh, episode.TitleEn, episode.Summary, episode.SourceUrl, episode.Slug, episode.DurationSeconds) { Media = stored.Media },
            [.. stored.Speakers.Select(s => new Speaker(s.Label, s.Name, s.Role))],
            [.. stored.Chapters.Select(c => new Chapter(c.Ordinal, c.StartSeconds, c.Title, c.FirstSegment))],
            [.. stored.Segments.Select(s => new Segment(s.Ordinal, s.Speaker, s.Zh, s.En, s.Chapter, s.EstimatedStartSeconds, s.SourceLine) { StartSeconds = s.StartSeconds, EndSeconds = s.EndSeconds })],
            [.. stored.Warnings.Select(w => new ParseWarning(w.Line, w.Message))],
            []) { Pins = stored.TimingPins };
    }
}
