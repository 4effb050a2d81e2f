using Reader.Storage.Search;

namespace Reader.Web.Episodes;

/// <summary>One place a query matches in the reader: a range of a segment's Chinese or English line.</summary>
/// <param name="Language"><see cref="ReadingMode.Chinese"/> or <see cref="ReadingMode.English"/>.</param>
public sealed record FindHit(int Segment, string Speaker, string Language, int Start, int Length);

/// <summary>
/// Search inside one episode for the reader's find box, over the episode's rows already in memory (see
/// <see cref="SegmentFinder"/>): which segments match, and where in each line — in transcript order, Chinese
/// before English.
/// </summary>
public sealed class EpisodeFinder(EpisodeCatalog catalog)
{
    public async Task<IReadOnlyList<FindHit>> FindAsync(string slug, SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
            return [];
        var episode = await catalog.FindAsync(slug, cancellationToken);
        if (episode is null)
            return [];
        return HitsIn(episode.Rows, episode.Finder.Matching(query), query);
    }

    public static IReadOnlyList<FindHit> HitsIn(IReadOnlyList<TranscriptMarkup.Row> rows, IEnumerable<int> segments, SearchQuery query)
    {
        var hits = new List<FindHit>();
        foreach (var ordinal in segments)
        {
            if (RowAt(rows, ordinal) is not { } row)
                continue;
            foreach (var range in query.FindIn(row.Zh))
                hits.Add(new FindHit(row.Ordinal, row.Speaker, ReadingMode.Chinese, range.Start, range.Length));
            foreach (var range in query.FindIn(row.En))
                hits.Add(new FindHit(row.Ordinal, row.Speaker, ReadingMode.English, range.Start, range.Length));
        }
        return hits;
    }

    // Rows are ordered by position, 1-based and normally without gaps: look there first.
    private static TranscriptMarkup.Row? RowAt(IReadOnlyList<TranscriptMarkup.Row> rows, int ordinal)
    {
        if (ordinal >= 1 && ordinal <= rows.Count && rows[ordinal - 1].Ordinal == ordinal)
            return rows[ordinal - 1];
        foreach (var row in rows)
        {
            if (row.Ordinal == ordinal)
                return row;
        }
        return null;
    }
}
