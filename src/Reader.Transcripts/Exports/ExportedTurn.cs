namespace Reader.Transcripts.Exports;

/// <summary>Consecutive exported segments of one speaker within one chapter.</summary>
public sealed record ExportedTurn(string SpeakerName, IReadOnlyList<ExportedSegment> Segments)
{
    public double Start => Segments[0].Start;
}
