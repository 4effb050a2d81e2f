using Reader.Transcripts;

namespace Reader.Storage;

/// <summary>Maps a parsed transcript onto the rows that store it.</summary>
internal static class TranscriptRows
{
    public static EpisodeRow ToRow(Transcript transcript, string sourceFile, string contentHash, string slug)
    {
        var episode = transcript.Episode;
        return new EpisodeRow
        {
            SourceFile = sourceFile,
            ContentHash = contentHash,
            Slug = slug,
            Show = episode.Show,
            TitleZh = episode.TitleZh,
            TitleEn = episode.TitleEn,
            Summary = episode.Summary,
            SourceUrl = episode.SourceUrl,
            DurationSeconds = episode.DurationSeconds,
            MediaUrl = episode.Media is { File: null } remote ? remote.Url : null,
            MediaFile = episode.Media?.File,
            MediaType = episode.Media?.Type,
            ImportedAtUtc = DateTime.UtcNow,
            SearchIndexVersion = Search.SearchIndex.Version,
            Speakers = [.. transcript.Speakers.Select(s => new SpeakerRow { Label = s.Label, Name = s.Name, Role = s.Role })],
            Chapters = [.. transcript.Chapters.Select(c => new ChapterRow { Ordinal = c.Ordinal, StartSeconds = c.StartSeconds, Title = c.Title, FirstSegment = c.FirstSegment })],
            Segments = [.. transcript.Segments.Select(s => new SegmentRow
            {
                Ordinal = s.Index,
                Speaker = s.Speaker,
                Zh = s.Zh,
                En = s.En,
                Chapter = s.Chapter,
                EstimatedStartSeconds = s.EstimatedStartSeconds,
                StartSeconds = s.StartSeconds,
                EndSeconds = s.EndSeconds,
                SourceLine = s.Line,
            })],
            Warnings = [.. transcript.Warnings.Select(w => new WarningRow { Line = w.Line, Message = w.Message })],
            Pins = [.. transcript.Pins.Select(p => new PinRow { Segment = p.Segment, Seconds = p.Seconds })],
        };
    }
}
