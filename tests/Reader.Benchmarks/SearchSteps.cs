using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Storage.Search;

namespace Reader.Benchmarks;

/// <summary>
/// <see cref="TranscriptSearch.SearchLibraryAsync"/> for page 1 taken apart into its statements, each timed on
/// its own, to tell which one makes a query slow. The SQL is a copy of <see cref="TranscriptSearch"/>'s (its
/// statements are private): when that changes, change this.
/// </summary>
internal static class SearchSteps
{
    // SearchIndex.OrdinalBits and OrdinalMask, which are internal to Reader.Storage.
    private const int OrdinalBits = 24;
    private const long OrdinalMask = (1L << OrdinalBits) - 1;

    private const string Match = $"{SearchIndex.Table} MATCH $match";

    public sealed record Times(double Open, double Count, double Page, double Hits, double Episodes)
    {
        public double Total => Open + Count + Page + Hits + Episodes;
    }

    public static Times Measure(IDbContextFactory<ReaderDbContext> factory, SearchQuery query)
    {
        var clock = Stopwatch.StartNew();
        using var db = factory.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        var match = query.ToFts();
        var open = Lap(clock);

        var perEpisode = new Dictionary<int, int>();
        using (var count = Command(connection,
            $"SELECT rowid >> {OrdinalBits}, count(*) FROM (SELECT rowid FROM {SearchIndex.Table} WHERE {Match} LIMIT $limit) GROUP BY 1",
            ("$match", match), ("$limit", TranscriptSearch.CountLimit + 1)))
        using (var reader = count.ExecuteReader())
        {
            while (reader.Read())
                perEpisode[reader.GetInt32(0)] = reader.GetInt32(1);
        }
        var countTime = Lap(clock);
        var total = perEpisode.Values.Sum();
        if (total == 0)
            return new Times(open, countTime, 0, 0, 0);
        var capped = total > TranscriptSearch.CountLimit;
        var ranked = Math.Min(total, TranscriptSearch.CountLimit) <= TranscriptSearch.RankLimit;

        var keys = new List<long>(TranscriptSearch.PageSize);
        using (var select = Command(connection,
            $"SELECT rowid FROM {SearchIndex.Table} WHERE {Match} ORDER BY {(ranked ? "rank" : "rowid")} LIMIT $take OFFSET 0",
            ("$match", match), ("$take", TranscriptSearch.PageSize)))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
                keys.Add(reader.GetInt64(0));
        }
        var page = Lap(clock);

        using (var select = Command(connection,
            $"""
            SELECT e.Slug, e.TitleZh, e.TitleEn, s.Ordinal, s.Speaker, sp.Name, s.Chapter, c.Title, s.EstimatedStartSeconds, s.Zh, s.En
            FROM json_each($keys) AS k
            JOIN Segments AS s ON s.EpisodeId = k.value >> {OrdinalBits} AND s.Ordinal = k.value & {OrdinalMask}
            JOIN Episodes AS e ON e.Id = s.EpisodeId
            LEFT JOIN Speakers AS sp ON sp.EpisodeId = s.EpisodeId AND sp.Label = s.Speaker
            LEFT JOIN Chapters AS c ON c.EpisodeId = s.EpisodeId AND c.Ordinal = s.Chapter
            ORDER BY k.key
            """,
            ("$keys", Json(keys))))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
                _ = (reader.GetString(0), reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10));
        }
        var hits = Lap(clock);

        // Exact totals list the episodes with most hits (one titles query); capped ones count each episode on the page.
        var episodes = capped ? keys.Select(SearchIndex.EpisodeOf).Distinct().ToList() : perEpisode.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(TranscriptSearch.MaxEpisodesListed).Select(p => p.Key).ToList();
        using (var titles = Command(connection, "SELECT e.Id, e.Slug, e.TitleZh, e.TitleEn FROM json_each($ids) AS k JOIN Episodes AS e ON e.Id = k.value", ("$ids", Json(episodes.Select(e => (long)e)))))
        using (var reader = titles.ExecuteReader())
        {
            while (reader.Read())
                _ = reader.GetString(1);
        }
        if (capped)
        {
            foreach (var id in episodes)
            {
                var (first, last) = SearchIndex.KeysOf(id);
                using var count = Command(connection,
                    $"SELECT count(*) FROM (SELECT 1 FROM {SearchIndex.Table} WHERE {Match} AND rowid BETWEEN $first AND $last LIMIT $limit)",
                    ("$match", match), ("$first", first), ("$last", last), ("$limit", TranscriptSearch.CountLimit + 1));
                count.ExecuteScalar();
            }
        }
        return new Times(open, countTime, page, hits, Lap(clock));
    }

    private static double Lap(Stopwatch clock)
    {
        var elapsed = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return elapsed;
    }

    private static string Json(IEnumerable<long> values) => "[" + string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
