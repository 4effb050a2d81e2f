namespace Reader.Transcripts.Parsing;

internal sealed record EpisodeHeader(
    string Show,
    string TitleZh,
    string TitleEn,
    string Summary,
    string? SourceUrl,
    IReadOnlyList<ListedChapter> Chapters);

/// <summary>A chapter as the summary lists it, before it is placed in the transcript.</summary>
internal sealed record ListedChapter(int Ordinal, int StartSeconds, string Title, int Line);
