using System.Globalization;
using System.Text;

namespace Reader.Storage.Search;

/// <summary>
/// One thing to find: a sequence of tokens that must stand next to each other, the last one possibly only the
/// start of a word. A Chinese word is the sequence of its characters.
/// </summary>
public sealed record SearchTerm(IReadOnlyList<string> Tokens, bool IsPrefix)
{
    /// <summary>The term as FTS5 query syntax: always a quoted phrase, so no word of a reader's is ever an operator.</summary>
    public string ToFts() => "\"" + string.Join(' ', Tokens).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (IsPrefix ? "*" : "");
}

/// <summary>
/// What a reader typed, understood: whitespace separates terms that must all occur in a segment (in either
/// language); a term of Han characters is the phrase of its characters; an unquoted word of three or more
/// letters also finds longer words (<c>bench</c> finds "benchmarks"); text in quotes is an exact phrase.
/// Anything else — operators, stray quotes, punctuation, control characters — is just text, so nothing a
/// reader types reaches SQLite as syntax.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer input is cut here: nobody types more, and a phrase this long is already unique.</summary>
    public const int MaxLength = 200;

    /// <summary>Terms past this many are dropped; every term costs the index one more list to intersect.</summary>
    public const int MaxTerms = 12;

    // Shorter words stay whole words: "ai" should not find "aim", nor "go" "good".
    private const int MinPrefixLength = 3;

    private static readonly SearchQuery Empty = new("", [], null);

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms, string? notice)
    {
        Text = text;
        Terms = terms;
        Notice = notice;
    }

    /// <summary>The query as searched, cleaned of control characters and cut to <see cref="MaxLength"/>.</summary>
    public string Text { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Something a reader should know about how their query was taken (it was cut, or had no words).</summary>
    public string? Notice { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? input)
    {
        var text = Clean(input ?? "", out var cut);
        if (text.Length == 0)
            return Empty;

        var terms = new List<SearchTerm>();
        var chunk = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (IsQuote(c))
            {
                AddChunk(exact: quoted);
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                AddChunk(exact: false);
            }
            else
            {
                chunk.Append(c);
            }
        }
        AddChunk(exact: quoted); // an unclosed quote runs to the end

        var distinct = terms.Distinct(TermComparer.Instance).ToList();
        string? notice = null;
        if (distinct.Count == 0)
            notice = "Nothing to search for: type a word, or some Chinese characters.";
        else if (cut)
            notice = $"Only the first {MaxLength} characters were searched.";
        else if (distinct.Count > MaxTerms)
            notice = $"Only the first {MaxTerms} words were searched.";
        return new SearchQuery(text, distinct.Take(MaxTerms).ToList(), notice);

        void AddChunk(bool exact)
        {
            var tokens = SearchText.Tokenize(chunk.ToString());
            chunk.Clear();
            if (tokens.Count == 0)
                return;
            var last = tokens[^1];
            var prefix = !exact && !last.IsIdeograph && last.Text.Length >= MinPrefixLength;
            terms.Add(new SearchTerm(tokens.Select(t => t.Text).ToList(), prefix));
        }
    }

    /// <summary>The FTS5 <c>MATCH</c> expression: every term, as a quoted phrase, joined by <c>AND</c>. Passed as a parameter.</summary>
    public string ToFts() => string.Join(" AND ", Terms.Select(t => t.ToFts()));

    /// <summary>Where the terms occur in <paramref name="text"/>, as ranges of the original string, in order, apart from each other by more than spaces.</summary>
    public IReadOnlyList<TextRange> FindIn(string? text)
    {
        if (IsEmpty || string.IsNullOrEmpty(text))
            return [];
        var tokens = SearchText.Tokenize(text);
        var ranges = new List<TextRange>();
        foreach (var term in Terms)
        {
            for (var i = 0; i + term.Tokens.Count <= tokens.Count; i++)
            {
                if (MatchesAt(tokens, i, term))
                    ranges.Add(new TextRange(tokens[i].Start, tokens[i + term.Tokens.Count - 1].End - tokens[i].Start));
            }
        }
        return Merge(text, ranges);
    }

    public override string ToString() => Text;

    private static bool MatchesAt(List<SearchToken> tokens, int at, SearchTerm term)
    {
        var last = term.Tokens.Count - 1;
        for (var k = 0; k <= last; k++)
        {
            var token = tokens[at + k].Text;
            var wanted = term.Tokens[k];
            var matches = k == last && term.IsPrefix
                ? token.StartsWith(wanted, StringComparison.Ordinal)
                : token.Equals(wanted, StringComparison.Ordinal);
            if (!matches)
                return false;
        }
        return true;
    }

    // Hits that overlap, touch or stand apart only by spaces are one hit: "Nano Banana" is one mark to step
    // to, not two, and so is 模型训练 for the query 模型 训练.
    private static List<TextRange> Merge(string text, List<TextRange> ranges)
    {
        ranges.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<TextRange>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && (range.Start <= merged[^1].End || text.AsSpan(merged[^1].End, range.Start - merged[^1].End).IsWhiteSpace()))
            {
                var previous = merged[^1];
                merged[^1] = previous with { Length = Math.Max(previous.End, range.End) - previous.Start };
            }
            else
            {
                merged.Add(range);
            }
        }
        return merged;
    }

    /// <summary>
    /// Control and format characters count as spaces, and runs of spaces as one; the text is trimmed and cut
    /// to <see cref="MaxLength"/> (never inside a surrogate pair).
    /// </summary>
    private static string Clean(string input, out bool cut)
    {
        var text = new StringBuilder(Math.Min(input.Length, MaxLength));
        var space = false;
        cut = false;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                space = text.Length > 0;
                continue;
            }
            var width = char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]) ? 2 : 1;
            if (text.Length + (space ? 1 : 0) + width > MaxLength)
            {
                cut = true;
                break;
            }
            if (space)
                text.Append(' ');
            space = false;
            text.Append(input, i, width);
            i += width - 1;
        }
        return text.ToString();
    }

    // Straight quotes, and the curly and corner quotes a Chinese keyboard types.
    private static bool IsQuote(char c) => c is '"' or '＂' or '“' or '”' or '「' or '」' or '『' or '』';

    private sealed class TermComparer : IEqualityComparer<SearchTerm>
    {
        public static readonly TermComparer Instance = new();

        public bool Equals(SearchTerm? x, SearchTerm? y) =>
            x is not null && y is not null && x.IsPrefix == y.IsPrefix && x.Tokens.SequenceEqual(y.Tokens);

        public int GetHashCode(SearchTerm term) => HashCode.Combine(term.IsPrefix, string.Join(' ', term.Tokens));
    }
}

/// <summary>A stretch of a string: where it starts and how many UTF-16 units it covers.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
