using Reader.Dictionary.English;
using Reader.Dictionary.Segmentation;

namespace Reader.Dictionary.Counterparts;

/// <summary>
/// Which words of a segment's other line render a word: the English words that occur in a Chinese word's senses
/// (after stemming: 基准 "benchmark" ↔ "benchmarks"), and the Chinese words whose senses hold an English word.
/// A word of letters in the Chinese line (<c>Gemini</c>) is its own counterpart in the English one.
/// </summary>
public static class Counterparts
{
    /// <summary>The stems of the senses' words that can be matched on: not the classifier notes (<c>CL:個|个[ge4]</c>) nor the pinyin in brackets.</summary>
    public static HashSet<string> SenseStems(IEnumerable<string> senses)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sense in senses)
        {
            if (sense.StartsWith("CL:", StringComparison.Ordinal))
                continue;
            stems.UnionWith(EnglishWords.MeaningfulStems(WithoutBrackets(sense)));
        }
        return stems;
    }

    /// <summary>The English words whose stem is among the Chinese word's sense stems.</summary>
    public static IReadOnlyList<WordSpan> InEnglish(IReadOnlySet<string> senseStems, string english) =>
        [.. EnglishWords.In(english).Where(w => senseStems.Contains(w.Stem) && EnglishWords.IsMeaningful(w.Stem)).Select(w => w.Span)];

    /// <summary>The English words that are this word of letters from the Chinese line, in any case or inflection.</summary>
    public static IReadOnlyList<WordSpan> SameWordIn(string word, string other)
    {
        var stem = EnglishWords.Stem(word);
        return [.. EnglishWords.In(other).Where(w => w.Stem == stem).Select(w => w.Span)];
    }

    /// <summary>
    /// The Chinese line's words that render the English word: Han words whose senses hold its stem, and words of
    /// letters that are the same word.
    /// </summary>
    public static IReadOnlyList<WordSpan> InChinese(string stem, string chinese, IEnumerable<(WordSpan Span, IReadOnlySet<string> SenseStems)> words)
    {
        if (!EnglishWords.IsMeaningful(stem))
            return [];
        return [.. words.Where(w => Han.ContainsHan(chinese.Substring(w.Span.Start, w.Span.Length))
                ? w.SenseStems.Contains(stem)
                : EnglishWords.Stem(chinese.AsSpan(w.Span.Start, w.Span.Length)) == stem)
            .Select(w => w.Span)];
    }

    private static string WithoutBrackets(string sense)
    {
        if (!sense.Contains('['))
            return sense;
        var text = new System.Text.StringBuilder(sense.Length);
        var depth = 0;
        foreach (var c in sense)
        {
            if (c == '[')
                depth++;
            else if (c == ']' && depth > 0)
                depth--;
            else if (depth == 0)
                text.Append(c);
        }
        return text.ToString();
    }
}
