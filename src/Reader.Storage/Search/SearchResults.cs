namespace Reader.Storage.Search;

/// <summary>How a page of library results is ordered.</summary>
public enum SearchOrder
{
    /// <summary>By bm25 over all the hits: there are few enough (<see cref="TranscriptSearch.RankLimit"/>) to rank them all.</summary>
    Relevance,

    /// <summary>Episode by episode as imported, each in transcript order: too many hits to rank in time.</summary>
    Library,
}

/// <summary>A segment that matches, with what the results page shows around it.</summary>
public sealed record SearchHit(
    string Slug,
    string EpisodeTitleZh,
    string EpisodeTitleEn,
    int Segment,
    string Speaker,
    string SpeakerName,
    int? Chapter,
    string? ChapterTitle,
    int? EstimatedStartSeconds,
    string? Zh,
    string? En);

/// <summary>How many segments of one episode match; <paramref name="IsAtLeast"/> when counting stopped at the limit.</summary>
public sealed record EpisodeHitCount(string Slug, string TitleZh, string TitleEn, int Count, bool IsAtLeast);

/// <param name="Total">Matching segments, counted up to <see cref="TranscriptSearch.CountLimit"/>; past it <paramref name="TotalIsAtLeast"/>.</param>
/// <param name="Episodes">Matches per episode, most first: every episode when the total is exact, else those on this page.</param>
/// <param name="EpisodeCount">How many episodes match, when the total is exact.</param>
public sealed record LibraryResults(
    SearchQuery Query,
    int Total,
    bool TotalIsAtLeast,
    SearchOrder Order,
    int Page,
    int PageCount,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<EpisodeHitCount> Episodes,
    int? EpisodeCount)
{
    public static LibraryResults None(SearchQuery query) => new(query, 0, false, SearchOrder.Relevance, 1, 0, [], [], 0);
}
