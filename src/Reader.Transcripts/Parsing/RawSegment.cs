namespace Reader.Transcripts.Parsing;

/// <summary>A segment as written, before chapters, times and names are worked out.</summary>
internal sealed record RawSegment(int Index, string Speaker, string? Zh, string? En, int Line);
