using Microsoft.AspNetCore.Components;
using Reader.Storage.Search;

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
    private readonly Lazy<SegmentFinder> finder = new(() => new SegmentFinder(Rows.Select(r => (r.Ordinal, r.Zh, r.En))));

    public int SegmentCount => Rows.Count;

    /// <summary>The segments in searchable form, made when the episode is first searched.</summary>
    public SegmentFinder Finder => finder.Value;
}

public sealed record SpeakerView(string Label, string Name, string Role, int Segments)
{
    /// <summary>The role as a reader says it, in English and Chinese; nothing when unknown.</summary>
    public (string En, string Zh)? RoleName => Role switch
    {
        "host" => ("host", "主持人"),
        "guest" => ("guest", "嘉宾"),
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
    DateTime ImportedAtUtc);
