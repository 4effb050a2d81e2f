using Microsoft.EntityFrameworkCore;
using Reader.Dictionary;
using Reader.Dictionary.Cedict;
using Reader.Dictionary.Counterparts;
using Reader.Dictionary.English;
using Reader.Dictionary.Segmentation;
using Reader.Storage;
using Reader.Storage.Dictionary;

namespace Reader.Web.Dictionary;

/// <summary>A span of the other line that renders the word.</summary>
public sealed record Counterpart(int Start, int Length, string Text);

public sealed record LookupEntry(string Simplified, string Pinyin, IReadOnlyList<string> Senses);

/// <summary>
/// What <c>/api/lookup</c> answers. <paramref name="Base"/> is an English word's dictionary form ("benchmarks" →
/// "benchmark"); <paramref name="Entries"/> are, for an English word, the entries of its counterparts in the
/// Chinese line, or when it has none there the dictionary's best entries for it.
/// </summary>
public sealed record LookupResult(
    string Word, int Start, int Length, string? Pinyin, string? Base, IReadOnlyList<string> Senses,
    IReadOnlyList<LookupEntry> Entries, IReadOnlyList<Counterpart> Counterparts)
{
    public string Attribution => CedictPackage.Attribution;

    public static LookupResult Empty(int at) => new("", at, 0, null, null, [], [], []);
}

/// <summary>
/// Looks up the word at an offset of a segment's Chinese or English line, and finds its counterparts in the
/// other line (<see cref="Counterparts"/>). An offset on a space or a mark means the word just before it, when
/// one ends there (a caret after a word), else no word.
/// </summary>
public sealed class WordLookup(IDbContextFactory<ReaderDbContext> dbFactory)
{
    public const int ReverseEntries = 8;

    public LookupResult Chinese(Lexicon lexicon, string zh, string? en, int at)
    {
        if (lexicon.Segmenter.WordAt(zh, at) is not { } span)
            return LookupResult.Empty(at);
        var word = zh.Substring(span.Start, span.Length);
        using var db = Open();
        var entries = DictionaryStore.EntriesOf(db.Database.GetDbConnection(), [word]).GetValueOrDefault(word) ?? [];

        IReadOnlyList<WordSpan> counterparts = [];
        if (en is not null)
        {
            counterparts = Han.ContainsHan(word)
                ? Counterparts.InEnglish(Counterparts.SenseStems(entries.SelectMany(e => e.Senses)), en)
                : Counterparts.SameWordIn(word, en);
        }
        return new LookupResult(word, span.Start, span.Length, lexicon.PinyinOf(word), null, Senses(entries), [], Spans(en, counterparts));
    }

    public LookupResult English(Lexicon lexicon, string en, string? zh, int at)
    {
        if (WordAt(en, at) is not { } found)
            return LookupResult.Empty(at);
        var word = en.Substring(found.Span.Start, found.Span.Length);
        using var db = Open();
        var connection = db.Database.GetDbConnection();

        var matched = new List<(WordSpan Span, DictionaryEntry Entry)>();
        if (zh is not null && EnglishWords.IsMeaningful(found.Stem))
        {
            var words = lexicon.Segmenter.Segment(zh);
            var entries = DictionaryStore.EntriesOf(connection, words.Select(w => zh.Substring(w.Start, w.Length)).Where(Han.ContainsHan));
            foreach (var span in words)
            {
                var text = zh.Substring(span.Start, span.Length);
                var holding = (entries.GetValueOrDefault(text) ?? []).Where(e => Counterparts.SenseStems(e.Senses).Contains(found.Stem)).ToList();
                if (holding.Count > 0)
                    matched.AddRange(holding.Select(e => (span, e)));
                else if (!Han.ContainsHan(text) && EnglishWords.Stem(text) == found.Stem)
                    matched.Add((span, new DictionaryEntry(text, text, "", [])));
            }
        }

        var counterparts = matched.Select(m => m.Span).Distinct().ToList();
        var shown = matched.Count > 0
            ? matched.Where(m => m.Entry.Senses.Count > 0).Select(m => m.Entry).Distinct().ToList()
            : EnglishWords.IsMeaningful(found.Stem) ? DictionaryStore.EntriesWithSenseWord(connection, found.Stem, ReverseEntries) : [];
        return new LookupResult(word, found.Span.Start, found.Span.Length, null, BaseForm(word, found.Stem, shown), [],
            [.. shown.Select(e => new LookupEntry(e.Simplified, e.Pinyin, e.Senses))], Spans(zh, counterparts));
    }

    private static EnglishWords.Word? WordAt(string text, int at)
    {
        EnglishWords.Word? before = null;
        foreach (var word in EnglishWords.In(text))
        {
            if (word.Span.Contains(at))
                return word;
            if (word.Span.End == at)
                before = word;
        }
        return before;
    }

    /// <summary>The word as the entries' senses spell it when they hold it ("benchmark"), else its singular.</summary>
    private static string BaseForm(string word, string stem, IEnumerable<DictionaryEntry> entries) =>
        entries.SelectMany(e => e.Senses)
            .SelectMany(s => EnglishWords.In(s).Where(w => w.Stem == stem).Select(w => s.Substring(w.Span.Start, w.Span.Length).ToLowerInvariant()))
            .OrderBy(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)
            .FirstOrDefault() ?? EnglishWords.BaseForm(word);

    // A headword's senses, its preferred reading's first; another reading's are marked with its pinyin.
    private static IReadOnlyList<string> Senses(List<DictionaryEntry> entries)
    {
        if (entries.Count == 0)
            return [];
        var first = entries[0].Pinyin;
        return [.. entries.SelectMany(e => e.Pinyin == first ? e.Senses : e.Senses.Select(s => $"({e.Pinyin}) {s}"))];
    }

    private static IReadOnlyList<Counterpart> Spans(string? text, IEnumerable<WordSpan> spans) =>
        text is null ? [] : [.. spans.Select(s => new Counterpart(s.Start, s.Length, text.Substring(s.Start, s.Length)))];

    private ReaderDbContext Open()
    {
        var db = dbFactory.CreateDbContext();
        db.Database.OpenConnection();
        return db;
    }
}
