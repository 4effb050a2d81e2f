using Reader.Transcripts;

namespace Reader.Storage;

// The stored shape of a transcript. Rows are written only by the importer, which replaces an episode
// whole, so they carry no behaviour; the reader reads them into its own view models.

public sealed class EpisodeRow
{
    public int Id { get; set; }

    /// <summary>The transcript's file name; a re-import of the same file replaces this episode.</summary>
    public required string SourceFile { get; set; }

    /// <summary>SHA-256 of the transcript and its sidecars (speakers, timing, media), to skip unchanged files.</summary>
    public required string ContentHash { get; set; }

    public required string Slug { get; set; }
    public required string Show { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    public required string Summary { get; set; }
    public string? SourceUrl { get; set; }
    public int? DurationSeconds { get; set; }

    /// <summary>The episode's audio or video file (the media sidecar): an http or https address, or null.</summary>
    public string? MediaUrl { get; set; }

    /// <summary>The media sidecar's type (<c>audio/mpeg</c>), or null.</summary>
    public string? MediaType { get; set; }

    /// <summary>The full path of the episode's own media file (an uploaded one, beside its source), or null.</summary>
    public string? MediaFile { get; set; }
    public DateTime ImportedAtUtc { get; set; }

    /// <summary>The <see cref="Search.SearchIndex.Version"/> this episode's segments were indexed with; 0 before the index existed.</summary>
    public int SearchIndexVersion { get; set; }

    public List<SpeakerRow> Speakers { get; set; } = [];
    public List<ChapterRow> Chapters { get; set; } = [];
    public List<SegmentRow> Segments { get; set; } = [];
    public List<WarningRow> Warnings { get; set; } = [];
    public List<PinRow> Pins { get; set; } = [];
}

/// <summary>A segment whose start is exact: pinned to the media's time by the timing sidecar.</summary>
public sealed class PinRow
{
    public int Id { get; set; }
    public int EpisodeId { get; set; }

    /// <summary>1-based, as <see cref="SegmentRow.Ordinal"/>.</summary>
    public int Segment { get; set; }

    /// <summary>As the sidecar gives it, fractions too.</summary>
    public double Seconds { get; set; }
}

public sealed class SpeakerRow
{
    public int Id { get; set; }
    public int EpisodeId { get; set; }
    public required string Label { get; set; }
    public required string Name { get; set; }
    public SpeakerRole Role { get; set; }
}

public sealed class ChapterRow
{
    public int Id { get; set; }
    public int EpisodeId { get; set; }
    public int Ordinal { get; set; }
    public int StartSeconds { get; set; }
    public required string Title { get; set; }
    public int FirstSegment { get; set; }
}

public sealed class SegmentRow
{
    public int Id { get; set; }
    public int EpisodeId { get; set; }

    /// <summary>1-based position in the episode.</summary>
    public int Ordinal { get; set; }

    public required string Speaker { get; set; }
    public string? Zh { get; set; }
    public string? En { get; set; }
    public int? Chapter { get; set; }
    public int? EstimatedStartSeconds { get; set; }

    /// <summary>The real start, as a timed source (a subtitle cue) gives it; null for an estimated segment.</summary>
    public double? StartSeconds { get; set; }

    /// <summary>The real end, as a timed source gives it; null for an estimated segment.</summary>
    public double? EndSeconds { get; set; }
    public int SourceLine { get; set; }
}

public sealed class WarningRow
{
    public int Id { get; set; }
    public int EpisodeId { get; set; }
    public int Line { get; set; }
    public required string Message { get; set; }
}
