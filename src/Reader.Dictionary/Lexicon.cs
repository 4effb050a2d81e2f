using System.Text;
using Reader.Dictionary.Segmentation;

namespace Reader.Dictionary;

/// <summary>
/// The dictionary's headwords with the pinyin of each one's preferred entry, held in memory: enough to split a
/// Chinese text into words and to read every word of it aloud. Senses stay in the database.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> readings;

    public Lexicon(Dictionary<string, string> readings)
    {
        this.readings = readings.GetAlternateLookup<ReadOnlySpan<char>>();
        Segmenter = new WordSegmenter(readings.Keys);
    }

    public WordSegmenter Segmenter { get; }

    public int Count => readings.Dictionary.Count;

    /// <summary>
    /// The word's pinyin in tone marks, syllables space-separated: the headword's own, else character by
    /// character (a character the dictionary lacks is left as it is); null for a word without Han characters.
    /// </summary>
    public string? PinyinOf(ReadOnlySpan<char> word)
    {
        if (readings.TryGetValue(word, out var whole))
            return whole;
        var text = word.ToString();
        if (!Han.ContainsHan(text))
            return null;
        var syllables = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var (_, units) = Han.At(text, i);
            if (syllables.Length > 0)
                syllables.Append(' ');
            syllables.Append(readings.TryGetValue(text.AsSpan(i, units), out var reading) ? reading : text.AsSpan(i, units));
            i += units;
        }
        return syllables.ToString();
    }
}
