namespace Reader.Transcripts.Exports;

/// <summary>A chapter's exported turns; <see cref="Chapter"/> is null for an episode that lists no chapters.</summary>
public sealed record ExportedChapter(Chapter? Chapter, IReadOnlyList<ExportedTurn> Turns);
