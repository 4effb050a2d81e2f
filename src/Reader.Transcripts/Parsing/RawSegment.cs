namespace Reader.Transcripts.Parsing;

/// <summary>A segment as written, before chapters, times and names are worked out.</summary>
internal sealed record RawSegment(int Index, int SpeakerNumber, string? Zh, string? En, int Line)
{
    public string Speaker => SegmentParser.SpeakerLabel(SpeakerNumber);
}
