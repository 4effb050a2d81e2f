namespace Reader.Storage.Dictionary;

/// <summary>A dictionary entry as lookups read it: the headword, its pinyin in tone marks, its senses.</summary>
public sealed record DictionaryEntry(string Simplified, string Traditional, string Pinyin, IReadOnlyList<string> Senses)
{
    // CC-CEDICT's own separator: no sense contains it.
    private const char SenseSeparator = '/';

    internal static string JoinSenses(IEnumerable<string> senses) => string.Join(SenseSeparator, senses);

    internal static string[] SplitSenses(string senses) => senses.Split(SenseSeparator, StringSplitOptions.RemoveEmptyEntries);
}
