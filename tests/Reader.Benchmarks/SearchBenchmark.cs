using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage;
using Reader.Storage.Search;

namespace Reader.Benchmarks;

/// <summary>
/// <c>--search [episodes...] [--keep] [--no-optimize]</c>: search over generated libraries (by default 1,000 and
/// 10,000 episodes, each the seed's 611 segments reshuffled: ~6 million segments at the large end). For each
/// size: the transcripts are written to a temporary folder, imported the real way (migrations, then
/// <see cref="EpisodeImporter.ImportFolder"/>), and measured: build time, database and index size, and the
/// latency of <see cref="TranscriptSearch.SearchLibraryAsync"/> for page 1 as the search page asks for it (target
/// p95 under 50 ms over the whole query mix) and of a search inside one episode (target under 5 ms), per query
/// and per class of query.
/// Inside an episode, two ways: the reader's find box (<see cref="FindInEpisodeSegments"/> over the episode's rows in
/// memory), and the index (<see cref="TranscriptSearch.SearchEpisodeAsync"/>); each followed by the marking of
/// the hits with <see cref="SearchQuery.FindIn"/>, as the reader does. Then, unless
/// <c>--no-optimize</c>, the same after merging the FTS5 index into one segment ('optimize'), which the app
/// never does. The folder is deleted at the end unless <c>--keep</c>.
/// </summary>
internal static class SearchBenchmark
{
    private const int WarmupRuns = 3;
    private const int TimedRuns = 30;
    private const double LibraryTargetMs = 50;
    private const double EpisodeTargetMs = 5;

    private static readonly int[] DefaultSizes = [1_000, 10_000];

    /// <summary>
    /// The query mix, as a reader types it. Every term occurs in the seed except the absent ones; since every
    /// episode holds all of the seed's segments, a query's library total is the episodes times its hits in one
    /// episode (checked below). Unquoted English words of three or more letters are prefixes (SearchQuery's rule),
    /// so the "word" class is prefix queries too, except "AI" (too short) and the quoted "model".
    /// </summary>
    private static readonly (string Class, string[] Queries)[] Mix =
    [
        ("zh 1 char", ["的", "我", "模", "智"]),
        ("zh 2 chars", ["模型", "基准", "思维", "团队", "产品"]),
        ("zh 4 chars", ["基准测试", "现实世界", "工程思维", "深度学习", "我们正在", "人工智能"]),
        ("en word", ["model", "Gemini", "AlphaFold", "benchmarks", "team", "AI", "\"model\""]),
        ("en prefix", ["bench", "build", "agen", "think", "the"]),
        ("en phrase", ["\"hill climb\"", "\"Nano Banana\"", "\"state of the art\"", "\"we are\""]),
        // "团队 基准" never occur in the same segment: two long lists intersected to nothing.
        ("mixed", ["Gemini 3发布", "Gemini 模型", "model 我们", "the 的", "团队 基准"]),
        ("rare/absent", ["孤立进行", "强化学习", "Kilpatrick", "zebra", "鲸", "量子计算"]),
    ];

    /// <param name="FindBox"><see cref="FindInEpisodeSegments.Matching"/> and the marking: the reader's find box.</param>
    /// <param name="Index"><see cref="TranscriptSearch.SearchEpisodeAsync"/> and the marking.</param>
    /// <param name="IndexAlone"><see cref="TranscriptSearch.SearchEpisodeAsync"/> without the marking.</param>
    private sealed record QueryTimes(
        string Class, string Query, int Total, bool TotalIsAtLeast, SearchOrder Order, double[] Library,
        int EpisodeHits, double[] FindBox, double[] Index, double[] IndexAlone);

    /// <param name="Load">The machine's load averages around the pass: other work on the machine shows in the percentiles.</param>
    private sealed record Pass(string Label, IReadOnlyList<QueryTimes> Queries, string Load);

    private sealed record Sizes(long DatabaseBytes, long IndexBytes, IReadOnlyList<(string Name, long Bytes)> Objects);

    private sealed record LibraryReport(
        int Episodes, TimeSpan Generate, long TranscriptBytes, TimeSpan Migrate, TimeSpan Import, long Segments, Sizes Sizes,
        TimeSpan? Optimize, Sizes? OptimizedSizes, IReadOnlyList<Pass> Passes);

    public static async Task<int> RunAsync(string[] args)
    {
        var keep = args.Contains("--keep");
        var optimize = !args.Contains("--no-optimize");
        var sizes = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray();
        if (sizes.Length == 0)
            sizes = DefaultSizes;

        var library = ShuffledLibrary.FromSeed(Seeds.SeedPath);
        Console.WriteLine($"Seed: {library.SegmentsPerEpisode} segments per episode; {TimedRuns} timed runs per query after {WarmupRuns} warm-up runs; {Environment.ProcessorCount} cores, SQLite {SqliteVersion()}");
        var reports = new List<LibraryReport>();
        foreach (var episodes in sizes)
            reports.Add(await MeasureAsync(library, episodes, keep, optimize));

        Console.WriteLine();
        Console.WriteLine(Markdown(reports));
        return 0;
    }

    private static async Task<LibraryReport> MeasureAsync(ShuffledLibrary library, int episodes, bool keep, bool optimize)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"reader-search-{episodes}-{Environment.ProcessId}");
        var transcripts = Path.Combine(folder, "transcripts");
        var database = Path.Combine(folder, "reader.db");
        var tag = $"[{episodes:N0} episodes]";
        Console.WriteLine();
        Console.WriteLine($"== {episodes:N0} episodes, in {folder} ==");
        try
        {
            var clock = Stopwatch.StartNew();
            var generating = new Deciles($"{tag} generate", episodes);
            var transcriptBytes = library.Write(transcripts, episodes, generating.Report);
            var generate = clock.Elapsed;
            Console.WriteLine($"generated {episodes:N0} transcripts ({Mb(transcriptBytes)} MB) in {Seconds(generate)} s");

            clock.Restart();
            var factory = ImportRun.Factory(database);
            using (var db = factory.CreateDbContext())
                SqliteSetup.MigrateAndReindex(db);
            var migrate = clock.Elapsed;

            clock.Restart();
            var importing = new Deciles($"{tag} import", episodes);
            var results = new EpisodeImporter(factory, NullLogger<EpisodeImporter>.Instance)
                .ImportFolder(transcripts, new Callback<ImportResult>(_ => importing.Report(importing.Done + 1)));
            var import = clock.Elapsed;
            var failed = results.Where(r => r.Outcome != ImportOutcome.Added).ToList();
            if (failed.Count > 0)
                throw new InvalidOperationException($"{failed.Count} of {episodes} transcripts were not added; the first, {failed[0].File}: {failed[0].Outcome} {failed[0].Error}");
            var segments = results.Sum(r => (long)r.Segments);
            var stored = Scalar(database, "SELECT count(*) FROM Segments");
            if (stored != segments)
                throw new InvalidOperationException($"the importer reported {segments} segments, the Segments table holds {stored}");
            Console.WriteLine($"built: {segments:N0} segments; migrate {Seconds(migrate)} s, import {Seconds(import)} s ({episodes / import.TotalSeconds:F1} episodes/s)");

            var sizes = Measure(database);
            PrintSizes(sizes);

            var search = new TranscriptSearch(factory);
            var episodeId = (int)Scalar(database, $"SELECT Id FROM Episodes WHERE SourceFile = '{ShuffledLibrary.FileName((episodes + 1) / 2)}'");
            var episode = await LoadEpisodeAsync(factory, episodeId);
            var passes = new List<Pass> { await MeasureQueriesAsync("as imported", search, episodes, episode) };

            TimeSpan? optimizeTime = null;
            Sizes? optimizedSizes = null;
            if (optimize)
            {
                Console.Error.WriteLine($"{tag} FTS5 optimize…");
                clock.Restart();
                Execute(database, $"INSERT INTO {SearchIndex.Table}({SearchIndex.Table}) VALUES('optimize')");
                optimizeTime = clock.Elapsed;
                Console.WriteLine();
                Console.WriteLine($"FTS5 'optimize' (merge the index into one segment; the app never runs it): {Seconds(optimizeTime.Value)} s");
                optimizedSizes = Measure(database);
                PrintSizes(optimizedSizes);
                passes.Add(await MeasureQueriesAsync("after FTS5 optimize", search, episodes, episode));
            }
            return new LibraryReport(episodes, generate, transcriptBytes, migrate, import, segments, sizes, optimizeTime, optimizedSizes, passes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep)
                Console.WriteLine($"kept {folder}");
            else if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Pass> MeasureQueriesAsync(string label, TranscriptSearch search, int episodes, Episode episode)
    {
        var all = Mix.SelectMany(c => c.Queries.Select(q => (c.Class, Query: q))).ToList();
        var measured = new List<QueryTimes>();
        var progress = new Deciles($"[{episodes:N0} episodes] queries, {label}", all.Count);
        var loadBefore = LoadAverage();
        foreach (var (queryClass, text) in all)
        {
            measured.Add(await MeasureQueryAsync(search, queryClass, text, episodes, episode));
            progress.Report(measured.Count);
        }

        var pass = new Pass(label, measured, $"{loadBefore} before, {LoadAverage()} after");
        Print(pass, episodes);
        return pass;
    }

    private static async Task<QueryTimes> MeasureQueryAsync(TranscriptSearch search, string queryClass, string text, int episodes, Episode episode)
    {
        LibraryResults? results = null;
        for (var i = 0; i < WarmupRuns; i++)
            results = await search.SearchLibraryAsync(SearchQuery.Parse(text), 1);
        var library = new double[TimedRuns];
        for (var i = 0; i < TimedRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            results = await search.SearchLibraryAsync(SearchQuery.Parse(text), 1);
            library[i] = clock.Elapsed.TotalMilliseconds;
        }

        IReadOnlyList<int> found = [];
        var findBox = await TimeAsync(() => Task.FromResult(Mark(episode, text, q => episode.FindInEpisode.Matching(q))), r => found = r.Ordinals);
        IReadOnlyList<int> indexed = [];
        var indexAlone = new List<double>();
        var index = await TimeAsync(async () => await MarkAsync(episode, text, q => search.SearchEpisodeAsync(episode.Id, q)), r =>
        {
            indexed = r.Ordinals;
            indexAlone.Add(r.FindMs);
        });

        // The finder, the index and the marking must agree: the same segments, and something to mark in each.
        var query = SearchQuery.Parse(text);
        if (!found.SequenceEqual(indexed))
            Console.WriteLine($"  warning: {text}: the find box finds {found.Count} segments, the index {indexed.Count}");
        var unmarked = found.Count(o => query.FindIn(episode.Texts[o].Zh).Count == 0 && query.FindIn(episode.Texts[o].En).Count == 0);
        if (unmarked > 0)
            Console.WriteLine($"  warning: {text}: {unmarked} of {found.Count} in-episode hits have nothing FindIn marks");
        // Every episode holds each of the seed's segments once, so the library has episodes × the episode's hits.
        var expected = (long)episodes * found.Count;
        var total = results!.Total;
        if (results.TotalIsAtLeast ? expected <= TranscriptSearch.CountLimit : expected != total)
            Console.WriteLine($"  warning: {text}: library total {total}{(results.TotalIsAtLeast ? "+" : "")}, expected {expected} ({episodes} × {found.Count})");

        return new QueryTimes(queryClass, text, total, results.TotalIsAtLeast, results.Order, library, found.Count, findBox, index, indexAlone.Skip(WarmupRuns).ToArray());
    }

    /// <summary>Runs <paramref name="search"/> <see cref="WarmupRuns"/> times, then <see cref="TimedRuns"/> times timed; every result goes to <paramref name="seen"/>.</summary>
    private static async Task<double[]> TimeAsync<T>(Func<Task<T>> search, Action<T> seen)
    {
        for (var i = 0; i < WarmupRuns; i++)
            seen(await search());
        var times = new double[TimedRuns];
        for (var i = 0; i < TimedRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = await search();
            times[i] = clock.Elapsed.TotalMilliseconds;
            seen(result);
        }
        return times;
    }

    /// <summary>
    /// A search inside an episode as the reader does it: the matching positions, then the ranges to mark in each
    /// hit's lines (FindInEpisodeSearch.HitsIn). Returns the positions and how long finding them took, without the marking.
    /// </summary>
    private static (IReadOnlyList<int> Ordinals, double FindMs) Mark(Episode episode, string text, Func<SearchQuery, IReadOnlyList<int>> find) =>
        MarkAsync(episode, text, q => Task.FromResult(find(q))).GetAwaiter().GetResult();

    private static async Task<(IReadOnlyList<int> Ordinals, double FindMs)> MarkAsync(Episode episode, string text, Func<SearchQuery, Task<IReadOnlyList<int>>> find)
    {
        var clock = Stopwatch.StartNew();
        var query = SearchQuery.Parse(text);
        var ordinals = await find(query);
        var findMs = clock.Elapsed.TotalMilliseconds;
        var ranges = 0;
        foreach (var ordinal in ordinals)
        {
            var (zh, en) = episode.Texts[ordinal];
            ranges += query.FindIn(zh).Count + query.FindIn(en).Count;
        }
        GC.KeepAlive(ranges);
        return (ordinals, findMs);
    }

    /// <summary>The episode searched inside: its rows' texts, and the find box's <see cref="FindInEpisodeSegments"/> over them, made once as the reader makes it.</summary>
    private sealed record Episode(int Id, Dictionary<int, (string? Zh, string? En)> Texts, FindInEpisodeSegments FindInEpisode);

    private static async Task<Episode> LoadEpisodeAsync(IDbContextFactory<ReaderDbContext> factory, int episodeId)
    {
        await using var db = await factory.CreateDbContextAsync();
        var texts = await db.Segments.AsNoTracking().Where(s => s.EpisodeId == episodeId).OrderBy(s => s.Ordinal)
            .ToDictionaryAsync(s => s.Ordinal, s => (s.Zh, s.En));
        var clock = Stopwatch.StartNew();
        var finder = new FindInEpisodeSegments(texts.Select(t => (t.Key, t.Value.Zh, t.Value.En)));
        Console.WriteLine($"episode {episodeId}: {texts.Count} segments; its FindInEpisodeSegments made in {Ms(clock.Elapsed.TotalMilliseconds)} ms (once per episode, cold)");
        return new Episode(episodeId, texts, finder);
    }

    /// <summary>
    /// The database file after a checkpoint (so the write-ahead log is in it), and what the index's tables and
    /// the Segments table (with its index) take. The bundled SQLite has no <c>dbstat</c> table, so the sizes are
    /// measured on a copy of the file: each table is dropped in turn, and the pages it gave back counted.
    /// </summary>
    private static Sizes Measure(string database)
    {
        Execute(database, "PRAGMA wal_checkpoint(TRUNCATE)");
        var databaseBytes = new FileInfo(database).Length;
        var copy = Path.Combine(Path.GetDirectoryName(database)!, "measure.db");
        File.Copy(database, copy, overwrite: true);
        try
        {
            var objects = new List<(string, long)>();
            using (var connection = Open(copy))
            {
                Run(connection, "PRAGMA foreign_keys=OFF");
                var pageSize = Pragma(connection, "page_size");
                string[] tables = [.. new[] { "data", "idx", "docsize", "config" }.Select(t => $"{SearchIndex.Table}_{t}"), "Segments"];
                foreach (var table in tables)
                {
                    var pages = Pragma(connection, "page_count") - Pragma(connection, "freelist_count");
                    Run(connection, $"DROP TABLE {table}");
                    objects.Add((table, (pages - (Pragma(connection, "page_count") - Pragma(connection, "freelist_count"))) * pageSize));
                }
            }
            var index = objects.Where(o => o.Item1.StartsWith(SearchIndex.Table + "_", StringComparison.Ordinal)).Sum(o => o.Item2);
            objects.Add(("everything else", databaseBytes - objects.Sum(o => o.Item2)));
            return new Sizes(databaseBytes, index, objects);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
                File.Delete(file);
        }

        static long Pragma(SqliteConnection connection, string name)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name}";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    private static void PrintSizes(Sizes sizes)
    {
        Console.WriteLine($"database {Mb(sizes.DatabaseBytes)} MB; FTS index {Mb(sizes.IndexBytes)} MB");
        foreach (var (name, bytes) in sizes.Objects)
            Console.WriteLine($"  {name,-24} {Mb(bytes),10} MB");
    }

    private static void Print(Pass pass, int episodes)
    {
        Console.WriteLine();
        Console.WriteLine($"-- {episodes:N0} episodes, {pass.Label}: latency in ms --");
        Console.WriteLine("library: SearchLibraryAsync, page 1 with the count; in the episode: find box = FindInEpisodeSegments + FindIn,");
        Console.WriteLine("index = SearchEpisodeAsync + FindIn (alone: SearchEpisodeAsync without FindIn); '!' marks a p95 over target");
        Console.WriteLine($"load average (1, 5, 15 min): {pass.Load}");
        Console.WriteLine($"{"class",-12} {"query",-20} {"hits",8} {"order",-9} {"lib p50",8} {"p95",8} {"max",8}   {"ep hits",7} {"box p50",7} {"p95",6} {"max",6}   {"idx p50",7} {"p95",7} {"max",7}   {"alone p95",9}");
        foreach (var q in pass.Queries)
        {
            Console.WriteLine($"{q.Class,-12} {Pad(q.Query, 20)} {Hits(q),8} {q.Order,-9} {Stats(q.Library, 8, LibraryTargetMs)} {q.EpisodeHits,7} "
                + $"{Stats(q.FindBox, 6, EpisodeTargetMs, 7)} {Stats(q.Index, 7, EpisodeTargetMs)} {Ms(Percentile(q.IndexAlone, 0.95)),9}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"class",-12} {"queries",7} {"lib p50",8} {"p95",8} {"max",8}   {"box p50",7} {"p95",6} {"max",6}   {"idx p50",7} {"p95",7} {"max",7}");
        foreach (var c in Classes(pass))
            Console.WriteLine($"{c.Name,-12} {c.Count,7} {Stats(c.Library, 8, LibraryTargetMs)} {Stats(c.FindBox, 6, EpisodeTargetMs, 7)} {Stats(c.Index, 7, EpisodeTargetMs)}");
    }

    /// <summary>"p50 p95 max" in columns, then a flag when p95 misses the target.</summary>
    private static string Stats(double[] samples, int width, double target, int firstWidth = 0) =>
        $"{Ms(Percentile(samples, 0.5)).PadLeft(Math.Max(width, firstWidth))} {Ms(Percentile(samples, 0.95)).PadLeft(width)} {Ms(samples.Max()).PadLeft(width)}{(Percentile(samples, 0.95) > target ? " !" : "  ")}";

    private static string Markdown(IReadOnlyList<LibraryReport> reports)
    {
        var text = new StringBuilder();
        text.AppendLine("### Search benchmark");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, SQLite {SqliteVersion()}; each episode is the seed's segments reshuffled. p50 / p95 / max in ms over {TimedRuns} runs of each query after {WarmupRuns} warm-up runs. Library = `SearchLibraryAsync`, page 1: one scan of the index in library order, stopped after {TranscriptSearch.CountLimit + 1:N0} hits, gives the count, the per-episode counts and, past {TranscriptSearch.RankLimit:N0} hits, the page; up to {TranscriptSearch.RankLimit:N0} hits, a second statement ranks them by bm25; then the {TranscriptSearch.PageSize} hits' rows and the episodes' titles. Target p95 < {LibraryTargetMs} ms. In one episode, target < {EpisodeTargetMs} ms: find box = `FindInEpisodeSegments.Matching` + `FindIn` on the hits; index = `SearchEpisodeAsync` + `FindIn`.");
        text.AppendLine();
        text.AppendLine("| episodes | segments | generate | migrate + import | database | FTS index | FTS optimize | index after |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in reports)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Episodes:N0} | {r.Segments:N0} | {Seconds(r.Generate)} s | {Seconds(r.Migrate + r.Import)} s | {Mb(r.Sizes.DatabaseBytes)} MB | {Mb(r.Sizes.IndexBytes)} MB | {(r.Optimize is { } o ? Seconds(o) + " s" : "–")} | {(r.OptimizedSizes is { } s ? Mb(s.IndexBytes) + " MB" : "–")} |");
        }

        foreach (var r in reports)
        {
            foreach (var pass in r.Passes)
            {
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"**{r.Episodes:N0} episodes, {pass.Label}** (load average {pass.Load})");
                text.AppendLine();
                text.AppendLine("| class | queries | hits (library) | library p50 | p95 | max | find box p50 | p95 | max | index p50 | p95 | max |");
                text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var c in Classes(pass))
                {
                    var queries = c.Name == "all" ? "whole mix" : string.Join(", ", pass.Queries.Where(q => q.Class == c.Name).Select(q => $"`{q.Query}`"));
                    var hits = c.Name == "all" ? "" : string.Join(", ", pass.Queries.Where(q => q.Class == c.Name).Select(Hits));
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"| {c.Name} | {queries} | {hits} | {Cells(c.Library, LibraryTargetMs)} | {Cells(c.FindBox, EpisodeTargetMs)} | {Cells(c.Index, EpisodeTargetMs)} |");
                }
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"p95 over target: library ({LibraryTargetMs} ms): {Over(pass, q => q.Library, LibraryTargetMs)}; find box ({EpisodeTargetMs} ms): {Over(pass, q => q.FindBox, EpisodeTargetMs)}; index in the episode ({EpisodeTargetMs} ms): {Over(pass, q => q.Index, EpisodeTargetMs)}.");
            }
        }
        return text.ToString();

        static string Cells(double[] samples, double target) =>
            $"{Ms(Percentile(samples, 0.5))} | {Bold(Percentile(samples, 0.95), target)} | {Ms(samples.Max())}";

        static string Over(Pass pass, Func<QueryTimes, double[]> samples, double target)
        {
            var over = pass.Queries.Where(q => Percentile(samples(q), 0.95) > target).Select(q => $"`{q.Query}` ({q.Class}, {Ms(Percentile(samples(q), 0.95))} ms)").ToList();
            return over.Count == 0 ? "none" : string.Join(", ", over);
        }
    }

    private static IEnumerable<(string Name, int Count, double[] Library, double[] FindBox, double[] Index)> Classes(Pass pass)
    {
        foreach (var group in pass.Queries.GroupBy(q => q.Class))
            yield return (group.Key, group.Count(), [.. group.SelectMany(q => q.Library)], [.. group.SelectMany(q => q.FindBox)], [.. group.SelectMany(q => q.Index)]);
        yield return ("all", pass.Queries.Count, [.. pass.Queries.SelectMany(q => q.Library)], [.. pass.Queries.SelectMany(q => q.FindBox)], [.. pass.Queries.SelectMany(q => q.Index)]);
    }

    /// <summary>Nearest rank: the smallest sample with at least <paramref name="p"/> of the samples at or below it.</summary>
    private static double Percentile(double[] samples, double p)
    {
        var sorted = samples.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static string Hits(QueryTimes q) => q.TotalIsAtLeast ? $"{q.Total:N0}+" : q.Total.ToString("N0", CultureInfo.InvariantCulture);

    private static string Bold(double ms, double target) => ms > target ? $"**{Ms(ms)}**" : Ms(ms);

    // Han characters take two columns in a terminal.
    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - text.Sum(c => c >= 0x2E80 ? 2 : 1)));

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        return connection;
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(string database, string sql)
    {
        using var connection = Open(database);
        Run(connection, sql);
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    /// <summary>The 1, 5 and 15 minute load averages, where the system tells them (Linux).</summary>
    private static string LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? string.Join(' ', File.ReadAllText(file).Split(' ').Take(3)) : "unknown";
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    /// <summary>Reports to stderr each time another tenth of the work is done, so that a long run can be watched.</summary>
    private sealed class Deciles(string what, int total)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private int reported;

        public int Done { get; private set; }

        public void Report(int done)
        {
            Done = done;
            var decile = total == 0 ? 10 : done * 10 / total;
            if (decile <= reported)
                return;
            reported = decile;
            var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            Console.Error.WriteLine($"{what}: {decile * 10}% ({done:N0}/{total:N0}) after {Seconds(clock.Elapsed)} s, {rate:F1}/s");
        }
    }

    /// <summary>Calls back on the reporting thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class Callback<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
