using System.Globalization;
using System.Text;

namespace Reader.Dictionary.Segmentation;

/// <summary>
/// Splits Chinese text into words by the longest match against the dictionary's headwords, forwards and
/// backwards, keeping the split with fewer words (then fewer single characters; then the backward one, which is
/// right more often: 研究生命 → 研究/生命, not 研究生/命). A Han character no headword starts with is a word of its
/// own; a run of letters or digits (<c>Gemini</c>, <c>3</c>) is one word unless a headword spans it (<c>T恤</c>).
/// Spaces and punctuation are no words.
/// </summary>
public sealed class WordSegmenter
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> headwords;
    private readonly int longest;

    public WordSegmenter(IEnumerable<string> headwords)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in headwords)
        {
            set.Add(word);
            longest = Math.Max(longest, word.Length);
        }
        this.headwords = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int HeadwordCount => headwords.Set.Count;

    public bool IsHeadword(ReadOnlySpan<char> word) => headwords.Contains(word);

    public IReadOnlyList<WordSpan> Segment(string text)
    {
        var words = new List<WordSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (Kind(text, i) == CharKind.None)
            {
                i += Han.At(text, i).Units;
                continue;
            }
            var end = i;
            while (end < text.Length && Kind(text, end) != CharKind.None)
                end += Han.At(text, end).Units;
            words.AddRange(SegmentRun(text, i, end));
            i = end;
        }
        return words;
    }

    /// <summary>The word at this offset, or the one just before it when the offset is on a space or punctuation; null when neither.</summary>
    public WordSpan? WordAt(string text, int offset)
    {
        WordSpan? before = null;
        foreach (var word in Segment(text))
        {
            if (word.Contains(offset))
                return word;
            if (word.End == offset)
                before = word;
            if (word.Start > offset)
                break;
        }
        return before;
    }

    private List<WordSpan> SegmentRun(string text, int start, int end)
    {
        var forward = Forward(text, start, end);
        var backward = Backward(text, start, end);
        if (forward.Count != backward.Count)
            return forward.Count < backward.Count ? forward : backward;
        return Singles(text, forward) < Singles(text, backward) ? forward : backward;
    }

    private List<WordSpan> Forward(string text, int start, int end)
    {
        var words = new List<WordSpan>();
        var i = start;
        while (i < end)
        {
            var length = LongestFrom(text, i, end);
            words.Add(new WordSpan(i, length));
            i += length;
        }
        return words;
    }

    private List<WordSpan> Backward(string text, int start, int end)
    {
        var words = new List<WordSpan>();
        var j = end;
        while (j > start)
        {
            var length = LongestTo(text, start, j);
            words.Add(new WordSpan(j - length, length));
            j -= length;
        }
        words.Reverse();
        return words;
    }

    private int LongestFrom(string text, int i, int end)
    {
        for (var length = Math.Min(longest, end - i); length > 1; length--)
        {
            if (Whole(text, i, length) && headwords.Contains(text.AsSpan(i, length)))
                return length;
        }
        return Fallback(text, i, end);
    }

    private int LongestTo(string text, int start, int j)
    {
        for (var length = Math.Min(longest, j - start); length > 1; length--)
        {
            if (Whole(text, j - length, length) && headwords.Contains(text.AsSpan(j - length, length)))
                return length;
        }
        // The unit before j: a character, or a whole run of letters and digits ending at j.
        var at = j - 1;
        if (char.IsLowSurrogate(text[at]) && at > start && char.IsHighSurrogate(text[at - 1]))
            at--;
        if (Kind(text, at) == CharKind.Han)
            return j - at;
        while (at > start && Kind(text, at - 1) == CharKind.Letter)
            at--;
        return j - at;
    }

    private static int Fallback(string text, int i, int end)
    {
        if (Kind(text, i) == CharKind.Han)
            return Han.At(text, i).Units;
        var j = i;
        while (j < end && Kind(text, j) == CharKind.Letter)
            j++;
        return j - i;
    }

    // A span that does not cut a surrogate pair.
    private static bool Whole(string text, int start, int length) =>
        !char.IsLowSurrogate(text[start]) && !char.IsHighSurrogate(text[start + length - 1]);

    private static int Singles(string text, List<WordSpan> words) =>
        words.Count(w => Kind(text, w.Start) == CharKind.Han && w.Length == Han.At(text, w.Start).Units);

    private enum CharKind { None, Han, Letter }

    private static CharKind Kind(string text, int index)
    {
        var (codePoint, _) = Han.At(text, index);
        if (Han.IsHan(codePoint))
            return CharKind.Han;
        if (codePoint == Rune.ReplacementChar.Value)
            return CharKind.None;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            ? CharKind.Letter
            : CharKind.None;
    }
}
