namespace Reader.Storage.Search;

/// <summary>
/// One episode's segments in searchable form, in memory, for the reader's find in the episode (FindInEpisode in
/// Reader.Web), which goes over the ~600 segments the reader already holds, with the same tokens and the same
/// rules as the library's index (every term in the Chinese or the English line). Searching them here takes well
/// under a millisecond however common the term, where the index would first have to gather a common term's
/// postings across the whole library.
/// </summary>
public sealed class FindInEpisodeSegments
{
    private readonly (int Ordinal, string Zh, string En)[] segments;

    public FindInEpisodeSegments(IEnumerable<(int Ordinal, string? Zh, string? En)> segments) =>
        this.segments = [.. segments.Select(s => (s.Ordinal, Spaced(s.Zh), Spaced(s.En)))];

    /// <summary>The positions of the segments that match, in transcript order.</summary>
    public IReadOnlyList<int> Matching(SearchQuery query)
    {
        if (query.IsEmpty)
            return [];
        // A term is found where its tokens stand in a row: " 模 型 " in " 这 个 模 型 很 好 "; a prefix leaves the
        // last token open (" bench" in " benchmarks "). Tokens hold no spaces, so a space is a token boundary.
        var needles = query.Terms.Select(t => " " + string.Join(' ', t.Tokens) + (t.IsPrefix ? "" : " ")).ToArray();
        var matching = new List<int>();
        foreach (var (ordinal, zh, en) in segments)
        {
            if (needles.All(n => zh.Contains(n, StringComparison.Ordinal) || en.Contains(n, StringComparison.Ordinal)))
                matching.Add(ordinal);
        }
        return matching;
    }

    private static string Spaced(string? text) => " " + SearchText.IndexForm(text) + " ";
}
