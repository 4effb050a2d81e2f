using Reader.Transcripts.Parsing;

namespace Reader.Transcripts;

/// <summary>A file given to <see cref="TranscriptReader"/>: its name (cited in errors, and a title when the file has none) and its bytes.</summary>
public sealed record SourceFile(string Name, byte[] Content)
{
    /// <summary>
    /// The file at <paramref name="path"/>, refused with a <see cref="TranscriptFormatException"/> past
    /// <see cref="TranscriptParser.MaxFileBytes"/> before it is read whole (a pipe or <c>/dev/zero</c> included).
    /// </summary>
    public static SourceFile Read(string path) =>
        new(Path.GetFileName(path), SourceText.ReadFile(path, TranscriptParser.MaxFileBytes, "a transcript"));
}
