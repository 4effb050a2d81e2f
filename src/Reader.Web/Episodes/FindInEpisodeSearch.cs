using Reader.Storage.Search;

namespace Reader.Web.Episodes;

/// <summary>One place the find box's query matches in the reader: a range of a segment's Chinese or English line.</summary>
/// <param name="Language"><see cref="ReadingMode.Chinese"/> or <see cref="ReadingMode.English"/>.</param>
public sealed record FindInEpisodeHit(int Segment, string Speaker, string Language, int Start, int Length);

/// <summary>
/// Find in the episode, the search: over the episode's rows already in memory (see
/// <see cref="FindInEpisodeSegments"/>), which segments match and where in each line, in transcript order,
/// Chinese before English. <see cref="FindInEpisodeState"/> counts and steps through what it finds.
/// </summary>
public sealed class FindInEpisodeSearch(EpisodeCatalog catalog)
{
    public async Task<IReadOnlyList<FindInEpisodeHit>> FindAsync(string slug, SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
            return [];
        var episode = await catalog.FindAsync(slug, cancellationToken);
        if (episode is null)
            return [];
        return HitsIn(episode.Rows, episode.FindInEpisode.Matching(query), query);
    }

    public static IReadOnlyList<FindInEpisodeHit> HitsIn(IReadOnlyList<TranscriptMarkup.Row> rows, IEnumerable<int> segments, SearchQuery query)
    {
        var hits = new List<FindInEpisodeHit>();
        foreach (var ordinal in segments)
        {
            if (TranscriptMarkup.RowAt(rows, ordinal) is not { } row)
                continue;
            foreach (var range in query.FindIn(row.Zh))
                hits.Add(new FindInEpisodeHit(row.Ordinal, row.Speaker, ReadingMode.Chinese, range.Start, range.Length));
            foreach (var range in query.FindIn(row.En))
                hits.Add(new FindInEpisodeHit(row.Ordinal, row.Speaker, ReadingMode.English, range.Start, range.Length));
        }
        return hits;
    }
}
