namespace Reader.Transcripts;

/// <summary>One parsed transcript file: everything the reader shows, plus how every source line was used.</summary>
public sealed record Transcript(
    Episode Episode,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<ParseWarning> Warnings,
    IReadOnlyList<SourceLine> Lines)
{
    /// <summary>Segment starts fixed by hand (the timing sidecar), in the order given; the estimates are exact there.</summary>
    public IReadOnlyList<Chapters.TimingPin> Pins { get; init; } = [];

    /// <summary>The source gave every segment its real start and end (subtitle cues), not an estimate.</summary>
    public bool Timed => Segments.Count > 0 && Segments.All(s => s.StartSeconds is not null);
}

/// <param name="DurationSeconds">Estimated from the chapter times and the text after the last chapter.</param>
public sealed record Episode(
    string Show,
    string TitleZh,
    string TitleEn,
    string Summary,
    string? SourceUrl,
    string Slug,
    int? DurationSeconds)
{
    /// <summary>An audio or video file of the episode (the media sidecar), or null.</summary>
    public Media.EpisodeMedia? Media { get; init; }
}

/// <param name="Ordinal">1-based position in the chapter list.</param>
/// <param name="Title">The title exactly as the summary writes it.</param>
/// <param name="FirstSegment">The 1-based index of the segment where the chapter's topic starts.</param>
public sealed record Chapter(int Ordinal, int StartSeconds, string Title, int FirstSegment);

public enum SpeakerRole
{
    Unknown,
    Host,
    Guest,
}

/// <param name="Label">The label as written in the transcript, e.g. <c>Speaker 0</c>.</param>
/// <param name="Name">A person's name when one could be inferred or was given; otherwise the label.</param>
public sealed record Speaker(string Label, string Name, SpeakerRole Role);

/// <param name="Index">1-based position in the transcript.</param>
/// <param name="Speaker">The speaker's label.</param>
/// <param name="Zh">The Chinese line, or null when the source has none for this segment.</param>
/// <param name="En">The English line, or null when the source has none for this segment.</param>
/// <param name="Chapter">The ordinal of the chapter the segment belongs to, or null when the episode lists no chapters.</param>
/// <param name="EstimatedStartSeconds">An estimate (segments carry no timestamps), or null without chapters to anchor it.</param>
/// <param name="Line">The source line of the segment's <c>Speaker N</c> label, or of its cue's timing line.</param>
public sealed record Segment(
    int Index,
    string Speaker,
    string? Zh,
    string? En,
    int? Chapter,
    int? EstimatedStartSeconds,
    int Line)
{
    /// <summary>When the segment starts in the media, in seconds, as a timed source (a subtitle cue) gives it; null when estimated.</summary>
    public double? StartSeconds { get; init; }

    /// <summary>When it ends, as the timed source gives it; null when estimated.</summary>
    public double? EndSeconds { get; init; }
}

public sealed record ParseWarning(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>What a non-blank source line turned out to be; every such line gets exactly one kind.</summary>
public enum LineKind
{
    /// <summary>The cover caption, the two titles and the section headings.</summary>
    Header,
    Summary,
    /// <summary>A summary line that holds (some of) the chapter list.</summary>
    Chapters,
    SpeakerLabel,
    SegmentText,
    /// <summary>Text the exporting app put there that is not content, such as "展开剩余字幕".</summary>
    Artifact,
    Footer,
}

public readonly record struct SourceLine(int Number, LineKind Kind);
