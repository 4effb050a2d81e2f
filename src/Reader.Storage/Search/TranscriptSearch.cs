using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Reader.Storage.Search;

/// <summary>
/// Searches the <see cref="SearchIndex"/>: across the library, ranked and paged, and inside one episode, in
/// transcript order. Queries go to SQLite as a <c>MATCH</c> parameter built by <see cref="SearchQuery.ToFts"/>.
/// </summary>
/// <remarks>
/// Work stays bounded however common a term is: counting stops past <see cref="CountLimit"/> hits, and bm25
/// ranks only when there are at most <see cref="RankLimit"/> (ranking all 150,000 hits of <c>模型</c> in a
/// million segments takes ~200 ms, reading the first 20 in index order under 1 ms; a four-character phrase of
/// common characters costs ~6 µs a hit to rank). Past that, hits come in library order and the results say so.
/// </remarks>
public sealed class TranscriptSearch(IDbContextFactory<ReaderDbContext> dbFactory)
{
    public const int CountLimit = 10_000;
    public const int RankLimit = 2_000;
    public const int PageSize = 20;

    /// <summary>The per-episode counts shown when the total is exact; more episodes are summed up as a number.</summary>
    public const int MaxEpisodesListed = 50;

    private const string Match = $"{SearchIndex.Table} MATCH $match";

    public async Task<LibraryResults> SearchLibraryAsync(SearchQuery query, int page = 1, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
            return LibraryResults.None(query);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var read = snapshot.Transaction;
        var match = query.ToFts();

        // One pass over the index in rowid order — library order — stopping past the limit: it is the count,
        // the counts per episode, and, when there are too many hits to rank, the pages themselves. A common
        // term's postings are read once. All of it in one snapshot, so the count and the hits agree.
        var found = new List<long>();
        await using (var scan = Sql.Command(read,
            $"SELECT rowid FROM {SearchIndex.Table} WHERE {Match} LIMIT $limit",
            ("$match", match), ("$limit", CountLimit + 1)))
        await using (var reader = await scan.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                found.Add(reader.GetInt64(0));
        }

        if (found.Count == 0)
            return LibraryResults.None(query);
        var capped = found.Count > CountLimit;
        if (capped)
            found.RemoveAt(CountLimit);
        var total = found.Count;
        var perEpisode = found.CountBy(SearchIndex.EpisodeOf).ToDictionary();
        var pageCount = (total + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, pageCount);

        var order = total <= RankLimit ? SearchOrder.Relevance : SearchOrder.Library;
        var keys = order == SearchOrder.Relevance
            ? await RankedAsync(read, match, page, cancellationToken)
            : found.GetRange((page - 1) * PageSize, Math.Min(PageSize, total - (page - 1) * PageSize));

        var hits = await HitsAsync(read, keys, cancellationToken);
        var episodes = capped
            ? await OnPageAsync(read, perEpisode, keys, SearchIndex.EpisodeOf(found[^1]), cancellationToken)
            : await ListedAsync(read, perEpisode, cancellationToken);
        return new LibraryResults(query, total, capped, order, page, pageCount, hits, episodes, capped ? null : perEpisode.Count);
    }

    /// <summary>The positions of the episode's segments that match, in transcript order, from the index (the reader's find box uses <see cref="FindInEpisodeSegments"/>).</summary>
    public async Task<IReadOnlyList<int>> SearchEpisodeAsync(int episodeId, SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
            return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var read = snapshot.Transaction;
        var (first, last) = SearchIndex.KeysOf(episodeId);
        await using var select = Sql.Command(read,
            $"SELECT rowid FROM {SearchIndex.Table} WHERE {Match} AND rowid BETWEEN $first AND $last ORDER BY rowid",
            ("$match", query.ToFts()), ("$first", first), ("$last", last));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var segments = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
            segments.Add(SearchIndex.OrdinalOf(reader.GetInt64(0)));
        return segments;
    }

    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(DbTransaction read, List<long> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
            return [];
        await using var select = Sql.Command(read,
            $"""
            SELECT e.Slug, e.TitleZh, e.TitleEn, s.Ordinal, s.Speaker, sp.Name, s.Chapter, c.Title, s.EstimatedStartSeconds, s.Zh, s.En
            FROM json_each($keys) AS k
            JOIN Segments AS s ON s.EpisodeId = k.value >> {SearchIndex.OrdinalBits} AND s.Ordinal = k.value & {SearchIndex.OrdinalMask}
            JOIN Episodes AS e ON e.Id = s.EpisodeId
            LEFT JOIN Speakers AS sp ON sp.EpisodeId = s.EpisodeId AND sp.Label = s.Speaker
            LEFT JOIN Chapters AS c ON c.EpisodeId = s.EpisodeId AND c.Ordinal = s.Chapter
            ORDER BY k.key
            """,
            ("$keys", Sql.JsonArray(keys)));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var hits = new List<SearchHit>(keys.Count);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.IsDBNull(5) ? reader.GetString(4) : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }
        return hits;
    }

    /// <summary>The episodes with most hits, from exact counts.</summary>
    private static async Task<IReadOnlyList<EpisodeHitCount>> ListedAsync(DbTransaction read, Dictionary<int, int> perEpisode, CancellationToken cancellationToken)
    {
        var top = perEpisode.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(MaxEpisodesListed).ToList();
        var titles = await TitlesAsync(read, top.Select(p => p.Key), cancellationToken);
        return top.Where(p => titles.ContainsKey(p.Key))
            .Select(p => new EpisodeHitCount(titles[p.Key].Slug, titles[p.Key].TitleZh, titles[p.Key].TitleEn, p.Value, false))
            .ToList();
    }

    private static async Task<List<long>> RankedAsync(DbTransaction read, string match, int page, CancellationToken cancellationToken)
    {
        await using var select = Sql.Command(read,
            $"SELECT rowid FROM {SearchIndex.Table} WHERE {Match} ORDER BY rank LIMIT $take OFFSET $skip",
            ("$match", match), ("$take", PageSize), ("$skip", (page - 1) * PageSize));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var keys = new List<long>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
            keys.Add(reader.GetInt64(0));
        return keys;
    }

    /// <summary>
    /// Past the count limit, the episodes on this page. Pages come from the counted hits, so their counts are
    /// exact, except for the episode the counting stopped in.
    /// </summary>
    private static async Task<IReadOnlyList<EpisodeHitCount>> OnPageAsync(
        DbTransaction read, Dictionary<int, int> perEpisode, List<long> keys, int stoppedIn, CancellationToken cancellationToken)
    {
        var ids = keys.Select(SearchIndex.EpisodeOf).Distinct().ToList();
        var titles = await TitlesAsync(read, ids, cancellationToken);
        return ids.Where(titles.ContainsKey)
            .Select(id => new EpisodeHitCount(titles[id].Slug, titles[id].TitleZh, titles[id].TitleEn, perEpisode[id], id == stoppedIn))
            .OrderByDescending(c => c.Count)
            .ToList();
    }

    private static async Task<Dictionary<int, (string Slug, string TitleZh, string TitleEn)>> TitlesAsync(DbTransaction read, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        await using var select = Sql.Command(read,
            "SELECT e.Id, e.Slug, e.TitleZh, e.TitleEn FROM json_each($ids) AS k JOIN Episodes AS e ON e.Id = k.value",
            ("$ids", Sql.JsonArray(ids.Select(id => (long)id))));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var titles = new Dictionary<int, (string, string, string)>();
        while (await reader.ReadAsync(cancellationToken))
            titles[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
        return titles;
    }
}
