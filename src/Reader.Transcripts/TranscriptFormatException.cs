namespace Reader.Transcripts;

/// <summary>The input is not a transcript export; says where and what was expected instead.</summary>
public sealed class TranscriptFormatException(string file, int line, string expected)
    : Exception($"{file}:{line}: {expected}")
{
    public string File { get; } = file;

    /// <summary>1-based line number in the source file.</summary>
    public int Line { get; } = line;

    public string Expected { get; } = expected;
}
