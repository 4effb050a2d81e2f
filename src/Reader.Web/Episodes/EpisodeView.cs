using Microsoft.AspNetCore.Components;
using Reader.Storage.Search;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Media;
using Reader.Transcripts;

namespace Reader.Web.Episodes;

/// <summary>
/// Everything the reader shows of one episode, read once and shared by every reader of it. Immutable: the
/// transcript body is ready-made markup, since the rows never change after load (language and speaker
/// switches are CSS on the container).
/// </summary>
/// <param name="Rows">The segments, in order: the text that in-episode search marks its hits in.</param>
public sealed record EpisodeView(
    string Slug,
    string Show,
    string TitleZh,
    string TitleEn,
    MarkupString Summary,
    string? SourceUrl,
    int? DurationSeconds,
    IReadOnlyList<SpeakerView> Speakers,
    IReadOnlyList<ChapterView> Chapters,
    IReadOnlyList<TranscriptMarkup.Row> Rows,
    MarkupString Transcript,
    string SpeakerStyles)
{
    /// <summary>The segment starts fixed by hand (the timing sidecar), by segment.</summary>
    public IReadOnlyList<TimingPin> Pins { get; init; } = [];

    /// <summary>The episode's audio or video file (the media sidecar), or null.</summary>
    public EpisodeMedia? Media { get; init; }

    /// <summary>The transcript's file name as imported, which names its sidecars.</summary>
    public string? SourceFile { get; init; }

    private readonly Lazy<FindInEpisodeSegments> findInEpisode = new(() => new FindInEpisodeSegments(Rows.Select(r => (r.Ordinal, r.Zh, r.En))));

    public int SegmentCount => Rows.Count;

    /// <summary>The segment with this 1-based ordinal, or null.</summary>
    public TranscriptMarkup.Row? Row(int ordinal) => TranscriptMarkup.RowAt(Rows, ordinal);

    /// <summary>Every segment has its real start from the source (subtitle cues), so no time is an estimate.</summary>
    public bool Timed => Rows.Count > 0 && Rows[0].StartSeconds is not null;

    /// <summary>The segments in searchable form, made when the episode is first searched.</summary>
    public FindInEpisodeSegments FindInEpisode => findInEpisode.Value;

    /// <summary>
    /// About how much memory the view holds, for the cache's budget: its strings (two bytes a character), the
    /// rows, and the <see cref="FindInEpisode"/> as if it were made (its spaced copies of the lines, the Chinese with a
    /// space between characters).
    /// </summary>
    public long EstimatedBytes => estimatedBytes.Value;

    private readonly Lazy<long> estimatedBytes = new(() => Estimate(Slug, Show, TitleZh, TitleEn, Summary, SourceUrl, Speakers, Chapters, Rows, Transcript, SpeakerStyles));

    private static long Estimate(
        string slug, string show, string titleZh, string titleEn, MarkupString summary, string? sourceUrl,
        IReadOnlyList<SpeakerView> speakers, IReadOnlyList<ChapterView> chapters, IReadOnlyList<TranscriptMarkup.Row> rows,
        MarkupString transcript, string speakerStyles)
    {
        const int RowBytes = 48;
        const int FindInEpisodeEntryBytes = 32;
        const int RecordBytes = 64;
        var bytes = RecordBytes + Text(slug) + Text(show) + Text(titleZh) + Text(titleEn) + Text(summary.Value) + Text(sourceUrl)
                    + Text(transcript.Value) + Text(speakerStyles);
        foreach (var speaker in speakers)
            bytes += RecordBytes + Text(speaker.Label) + Text(speaker.Name);
        foreach (var chapter in chapters)
            bytes += RecordBytes + Text(chapter.Title) + Text(chapter.VideoUrl);
        foreach (var row in rows)
        {
            bytes += RowBytes + Text(row.Speaker) + Text(row.Zh) + Text(row.En);
            bytes += FindInEpisodeEntryBytes + 2 * Text(row.Zh) + Text(row.En);
        }
        return bytes;

        static long Text(string? text) => text is null ? 0 : 24 + 2L * text.Length;
    }
}

/// <summary>A speaker as the reader lists them, in <see cref="Reader.Transcripts.Speakers.SpeakerOrder"/>.</summary>
public sealed record SpeakerView(string Label, string Name, SpeakerRole Role, int Segments)
{
    /// <summary>The role as a reader says it, in English and Chinese; nothing when unknown.</summary>
    public (string En, string Zh)? RoleName => Role switch
    {
        SpeakerRole.Host => ("host", "主持人"),
        SpeakerRole.Guest => ("guest", "嘉宾"),
        _ => null,
    };
}

/// <param name="VideoUrl">The source video opened at the chapter's time, when the source is a known video site.</param>
public sealed record ChapterView(int Ordinal, int StartSeconds, string Title, int FirstSegment, string? VideoUrl);

/// <summary>One line of the library.</summary>
public sealed record EpisodeListing(
    string Slug,
    string Show,
    string TitleZh,
    string TitleEn,
    IReadOnlyList<string> Speakers,
    int Chapters,
    int Segments,
    int? DurationSeconds,
    DateTime ImportedAtUtc)
{
    /// <summary>The duration is real (a timed source), not an estimate.</summary>
    public bool Timed { get; init; }
}
