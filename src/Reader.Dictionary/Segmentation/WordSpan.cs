namespace Reader.Dictionary.Segmentation;

/// <summary>A word's place in a text, in UTF-16 code units (as JavaScript counts).</summary>
public readonly record struct WordSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
