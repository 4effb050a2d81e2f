namespace Reader.Transcripts.Parsing;

/// <summary>Walks the non-blank lines once, recording what each line was taken as.</summary>
internal sealed class LineCursor(string file, List<TextLine> lines)
{
    private readonly List<SourceLine> accounted = new(lines.Count);
    private int position;

    public string File => file;

    public bool AtEnd => position >= lines.Count;

    public TextLine Current => lines[position];

    /// <summary>The line number to blame when the input ends too early.</summary>
    public int LastLineNumber => lines.Count == 0 ? 1 : lines[^1].Number;

    public IReadOnlyList<SourceLine> Accounted => accounted;

    public TextLine Take(LineKind kind)
    {
        var line = lines[position++];
        accounted.Add(new SourceLine(line.Number, kind));
        return line;
    }

    /// <summary>Takes the next line, or explains what was expected where the input ended.</summary>
    public TextLine TakeRequired(LineKind kind, string expected)
    {
        if (AtEnd)
            throw Error(LastLineNumber, $"{expected}, found the end of the file");
        return Take(kind);
    }

    /// <summary>Corrects the kind of a line already taken, once a later part of the parse knows better.</summary>
    public void Reclassify(int lineNumber, LineKind kind)
    {
        var index = accounted.FindLastIndex(l => l.Number == lineNumber);
        accounted[index] = accounted[index] with { Kind = kind };
    }

    public TranscriptFormatException Error(int line, string expected) => new(file, line, expected);
}
