namespace Reader.Dictionary.Cedict;

/// <summary>
/// Which of a headword's entries to read it by when the text gives no other clue: a common word over a name
/// (lower-case pinyin), a meaning over a cross-reference ("variant of …", "surname …", "see …"), then more senses
/// (正 zhèng "straight; upright; …" over zhēng "first month of the lunar year"), then the dictionary's order.
/// </summary>
public static class PreferredEntry
{
    private static readonly string[] References = ["variant of", "old variant of", "surname ", "see ", "used in ", "abbr. for", "erhua variant", "archaic variant", "Japanese variant", "(archaic)", "(old)"];

    /// <summary>Each headword's preferred entry, out of the whole dictionary.</summary>
    public static HashSet<CedictEntry> Of(IEnumerable<CedictEntry> entries)
    {
        var preferred = new HashSet<CedictEntry>(ReferenceEqualityComparer.Instance);
        foreach (var group in entries.GroupBy(e => e.Simplified, StringComparer.Ordinal))
        {
            var list = group.ToList();
            preferred.Add(list[IndexOf(list)]);
        }
        return preferred;
    }

    public static int IndexOf(IReadOnlyList<CedictEntry> entries)
    {
        var best = 0;
        for (var i = 1; i < entries.Count; i++)
        {
            if (Compare(entries[i], entries[best]) > 0)
                best = i;
        }
        return best;
    }

    private static int Compare(CedictEntry a, CedictEntry b)
    {
        var byCase = IsCommonWord(a).CompareTo(IsCommonWord(b));
        if (byCase != 0)
            return byCase;
        var byMeaning = HasMeaning(a).CompareTo(HasMeaning(b));
        if (byMeaning != 0)
            return byMeaning;
        return a.Senses.Count.CompareTo(b.Senses.Count);
    }

    private static bool IsCommonWord(CedictEntry entry) => entry.Pinyin.Length > 0 && !char.IsUpper(entry.Pinyin[0]);

    private static bool HasMeaning(CedictEntry entry) =>
        entry.Senses.Any(s => !References.Any(r => s.StartsWith(r, StringComparison.OrdinalIgnoreCase)));
}
