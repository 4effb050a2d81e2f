using System.Data.Common;
using System.Text.Json;
using Reader.Dictionary;
using Reader.Storage.Search;

namespace Reader.Storage.Dictionary;

/// <summary>Reads the imported dictionary (<see cref="DictionaryImport"/>) on an open connection; every value goes in as a parameter.</summary>
public static class DictionaryStore
{
    /// <summary>Every headword with the pinyin of its preferred entry and its corpus count: what segmentation and pinyin for a whole text need.</summary>
    public static Dictionary<string, Headword> Headwords(DbConnection connection)
    {
        var headwords = new Dictionary<string, Headword>(StringComparer.Ordinal);
        using var command = Sql.Command(connection, $"SELECT simplified, pinyin_marks, frequency FROM {DictionaryImport.EntriesTable} WHERE preferred = 1");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            headwords[reader.GetString(0)] = new Headword(reader.GetString(1), reader.GetInt64(2));
        return headwords;
    }

    /// <summary>The entries of these headwords, each headword's preferred entry first.</summary>
    public static Dictionary<string, List<DictionaryEntry>> EntriesOf(DbConnection connection, IEnumerable<string> headwords)
    {
        var entries = new Dictionary<string, List<DictionaryEntry>>(StringComparer.Ordinal);
        var words = headwords.Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
            return entries;
        using var command = Sql.Command(connection, $"""
            SELECT simplified, traditional, pinyin_marks, senses FROM {DictionaryImport.EntriesTable}
            WHERE simplified IN (SELECT value FROM json_each($words))
            ORDER BY simplified, preferred DESC, id
            """, ("$words", JsonSerializer.Serialize(words)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var entry = Read(reader);
            if (!entries.TryGetValue(entry.Simplified, out var list))
                entries[entry.Simplified] = list = [];
            list.Add(entry);
        }
        return entries;
    }

    /// <summary>The best entries whose senses hold this English stem (see <see cref="DictionaryImport"/> for the order).</summary>
    public static List<DictionaryEntry> EntriesWithSenseWord(DbConnection connection, string stem, int limit)
    {
        using var command = Sql.Command(connection, $"""
            SELECT e.simplified, e.traditional, e.pinyin_marks, e.senses
            FROM {DictionaryImport.SenseWordsTable} w JOIN {DictionaryImport.EntriesTable} e ON e.id = w.entry_id
            WHERE w.stem = $stem ORDER BY w.rank LIMIT $limit
            """, ("$stem", stem), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var entries = new List<DictionaryEntry>();
        while (reader.Read())
            entries.Add(Read(reader));
        return entries;
    }

    private static DictionaryEntry Read(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), DictionaryEntry.SplitSenses(reader.GetString(3)));
}
