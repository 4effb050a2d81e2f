using Reader.Transcripts.Parsing;

namespace Reader.Transcripts.Formats;

/// <summary>
/// The non-blank lines of a subtitle file, trimmed, with the blank lines between them remembered (a blank line
/// ends a cue) and each line's kind recorded once. Read by index, since SRT needs to look two lines ahead.
/// </summary>
internal sealed class CueLines
{
    private readonly List<TextLine> lines;
    private readonly LineKind?[] kinds;

    public CueLines(string file, string text)
    {
        SourceText.CheckSize(file, text);
        File = file;
        lines = SourceText.NonBlankLines(text);
        kinds = new LineKind?[lines.Count];
        foreach (var line in lines)
        {
            if (line.Text.Length > TranscriptParser.MaxLineLength)
                throw new TranscriptFormatException(file, line.Number,
                    $"expected a line of at most {TranscriptParser.MaxLineLength:N0} characters, found one of {line.Text.Length:N0}");
        }
    }

    public string File { get; }

    public int Count => lines.Count;

    public string this[int index] => lines[index].Text;

    /// <summary>The 1-based line number in the file.</summary>
    public int Number(int index) => lines[index].Number;

    /// <summary>Whether a blank line, or the start of the file, comes before the line: a block of lines starts there.</summary>
    public bool StartsBlock(int index) => index == 0 || lines[index].Number > lines[index - 1].Number + 1;

    /// <summary>The index after the last line of the block the line is in.</summary>
    public int EndOfBlock(int index)
    {
        var end = index + 1;
        while (end < lines.Count && !StartsBlock(end))
            end++;
        return end;
    }

    public void Mark(int index, LineKind kind) => kinds[index] = kind;

    public void Mark(int from, int to, LineKind kind)
    {
        for (var i = from; i < to; i++)
            kinds[i] = kind;
    }

    public IReadOnlyList<SourceLine> Accounted =>
        [.. lines.Select((line, i) => new SourceLine(line.Number, kinds[i] ?? throw new InvalidOperationException($"Line {line.Number} was not accounted for.")))];

    public TranscriptFormatException Error(int index, string expected) =>
        new(File, index < lines.Count ? lines[index].Number : lines.Count > 0 ? lines[^1].Number : 1, expected);

    /// <summary>A line as an error message quotes it.</summary>
    public static string Quote(string text) => "'" + EpisodeHeaderParser.Shorten(text) + "'";
}
