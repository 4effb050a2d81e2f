using System.Text;
using Reader.Dictionary.Segmentation;

namespace Reader.Dictionary;

/// <summary>
/// The dictionary's headwords with the pinyin of each one's preferred entry, held in memory: enough to split a
/// Chinese text into words and to read every word of it aloud. Senses stay in the database.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, Headword>.AlternateLookup<ReadOnlySpan<char>> readings;

    /// <param name="headwords">Each headword with its preferred entry's pinyin (tone marks) and its corpus count.</param>
    public Lexicon(Dictionary<string, Headword> headwords)
    {
        readings = headwords.GetAlternateLookup<ReadOnlySpan<char>>();
        Segmenter = new WordSegmenter(headwords.Select(h => KeyValuePair.Create(h.Key, h.Value.Count)));
    }

    /// <summary>The lexicon straight from the dictionary's entries, as an import would make it, without a database.</summary>
    public static Lexicon From(IReadOnlyCollection<Cedict.CedictEntry> entries, IReadOnlyDictionary<string, long> counts) =>
        new(Cedict.PreferredEntry.Of(entries).ToDictionary(
            e => e.Simplified, e => new Headword(Pinyin.PinyinMarks.ToMarks(e.Pinyin), counts.GetValueOrDefault(e.Simplified)), StringComparer.Ordinal));

    public WordSegmenter Segmenter { get; }

    public int Count => readings.Dictionary.Count;

    /// <summary>
    /// The word's pinyin in tone marks, syllables space-separated: the headword's own, else character by
    /// character (a character the dictionary lacks is left as it is); null for a word without Han characters.
    /// </summary>
    public string? PinyinOf(ReadOnlySpan<char> word)
    {
        if (readings.TryGetValue(word, out var whole))
            return whole.Pinyin;
        var text = word.ToString();
        if (!Han.ContainsHan(text))
            return null;
        var syllables = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var (_, units) = Han.At(text, i);
            if (syllables.Length > 0)
                syllables.Append(' ');
            syllables.Append(readings.TryGetValue(text.AsSpan(i, units), out var reading) ? reading.Pinyin : text.AsSpan(i, units));
            i += units;
        }
        return syllables.ToString();
    }
}

/// <param name="Count">How often the word occurs in the package's corpus: what segmentation weighs splits by.</param>
public readonly record struct Headword(string Pinyin, long Count);
