using System.Globalization;
using Lucene.Net.Analysis.En;
using Lucene.Net.Tartarus.Snowball.Ext;
using Reader.Dictionary.Segmentation;

namespace Reader.Dictionary.English;

/// <summary>
/// English words and their stems (Lucene's Snowball English stemmer, Porter's second version): "benchmarks" and
/// "benchmark" are both <c>benchmark</c>, "modeling" and "models" <c>model</c>. A word is a run of letters and
/// digits, with an apostrophe inside it ("we're"); a possessive "'s" is not part of its stem.
/// </summary>
public static class EnglishWords
{
    // Words that carry no meaning to match on, and the dictionary's own notes (sb, sth, lit., fig., CL:, variant of …).
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "and", "or", "as", "at", "by", "for", "in", "on", "with", "from", "into", "be", "is", "are",
        "was", "were", "been", "it", "its", "that", "this", "so", "s", "sb", "sth", "etc", "lit", "fig", "abbr", "cl", "variant",
        "see", "also", "used", "old", "surname", "sb's", "one's", "oneself", "esp", "pr", "kangxi", "radical", "e.g", "i.e",
    };

    [ThreadStatic]
    private static EnglishStemmer? stemmer;

    public readonly record struct Word(WordSpan Span, string Stem);

    /// <summary>Every word of the text with its stem (the ignored words too: they can be looked up).</summary>
    public static IReadOnlyList<Word> In(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
                i++;
            words.Add(new Word(new WordSpan(start, i - start), Stem(text.AsSpan(start, i - start))));
        }
        return words;
    }

    /// <summary>The stems a text's words could be matched on: without the ignored words.</summary>
    public static IEnumerable<string> MeaningfulStems(string text) => In(text).Select(w => w.Stem).Where(IsMeaningful);

    public static bool IsMeaningful(string stem) => stem.Length > 0 && !Ignored.Contains(stem);

    public static string Stem(ReadOnlySpan<char> word)
    {
        var lower = Lower(word);
        stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(lower);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The word as a dictionary would list it: lower case, a plural made singular ("companies" → "company").</summary>
    public static string BaseForm(ReadOnlySpan<char> word)
    {
        var letters = Lower(word).ToCharArray();
        var length = new EnglishMinimalStemmer().Stem(letters, letters.Length);
        return new string(letters, 0, length);
    }

    private static string Lower(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant().Replace('’', '\'');
        return lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    // Han characters are Chinese words' business; in an English line they are not English words.
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (char.IsLetterOrDigit(c) && c < 0x2E80 && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherLetter);
}
