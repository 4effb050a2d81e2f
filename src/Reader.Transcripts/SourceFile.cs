namespace Reader.Transcripts;

/// <summary>A file given to <see cref="TranscriptReader"/>: its name (cited in errors, and a title when the file has none) and its bytes.</summary>
public sealed record SourceFile(string Name, byte[] Content);
