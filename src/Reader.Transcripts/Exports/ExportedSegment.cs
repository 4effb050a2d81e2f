namespace Reader.Transcripts.Exports;

/// <summary>A segment as exports write it: its shown lines, its speaker's name and its estimated span.</summary>
public sealed record ExportedSegment(Segment Segment, string SpeakerName, IReadOnlyList<string> Lines, double Start, double End);
