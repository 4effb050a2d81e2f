namespace Reader.Transcripts.Parsing;

/// <summary>Walks the non-blank lines once, one line of lookahead, recording what each line was taken as.</summary>
internal sealed class LineCursor
{
    private readonly string file;
    private readonly IEnumerator<TextLine> lines;
    private readonly List<SourceLine> accounted = [];
    private bool atEnd;
    private int lastLineNumber = 1;

    public LineCursor(string file, IEnumerable<TextLine> lines)
    {
        this.file = file;
        this.lines = lines.GetEnumerator();
        Advance();
    }

    public string File => file;

    public bool AtEnd => atEnd;

    public TextLine Current => atEnd ? throw new InvalidOperationException("No line left.") : lines.Current;

    /// <summary>The line number to blame when the input ends too early: the last non-blank line.</summary>
    public int LastLineNumber => lastLineNumber;

    public IReadOnlyList<SourceLine> Accounted => accounted;

    public TextLine Take(LineKind kind)
    {
        var line = Current;
        accounted.Add(new SourceLine(line.Number, kind));
        Advance();
        return line;
    }

    private void Advance()
    {
        atEnd = !lines.MoveNext();
        if (atEnd)
            return;
        lastLineNumber = lines.Current.Number;
        if (lines.Current.Text.Length > TranscriptParser.MaxLineLength)
            throw Error(lastLineNumber,
                $"expected a line of at most {TranscriptParser.MaxLineLength:N0} characters, found one of {lines.Current.Text.Length:N0}");
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
        // Lines are taken in order, so the accounted lines are sorted by number.
        int lo = 0, hi = accounted.Count - 1;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (accounted[mid].Number < lineNumber)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (hi < 0 || accounted[lo].Number != lineNumber)
            throw new InvalidOperationException($"Line {lineNumber} has not been taken.");
        accounted[lo] = accounted[lo] with { Kind = kind };
    }

    public TranscriptFormatException Error(int line, string expected) => new(file, line, expected);
}
