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
/// latency of <see cref="TranscriptSearch.SearchLibraryAsync"/> (first page, count included; target p95 under
/// 50 ms over the whole query mix) and of <see cref="TranscriptSearch.FindInEpisodeAsync"/> plus the marking of
/// the hits with <see cref="SearchQuery.FindIn"/> (target under 5 ms), per class of query. Then, unless
/// <c>--no-optimize</c>, the same after merging the FTS5 index into one segment ('optimize'), which the app
/// never does. The folder is deleted at the end unless <c>--keep</c>.
/// </summary>
internal static class SearchBenchmark
{
    private const int WarmupRuns = 3;
    private const int TimedRuns = 30;
    private const int StepRuns = 10;
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

    private sealed record QueryTimes(string Class, string Query, int Total, bool TotalIsAtLeast, SearchOrder Order, double[] Library, int EpisodeHits, double[] InEpisode, double[] Find);

    private sealed record Pass(string Label, IReadOnlyList<QueryTimes> Queries, IReadOnlyList<(string Query, SearchSteps.Times Steps)> Steps);

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
                SqliteSetup.Migrate(db);
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
            var texts = await LoadTextsAsync(factory, episodeId);
            var passes = new List<Pass> { await MeasureQueriesAsync("as imported", factory, search, episodes, episodeId, texts) };

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
                passes.Add(await MeasureQueriesAsync("after FTS5 optimize", factory, search, episodes, episodeId, texts));
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

    private static async Task<Pass> MeasureQueriesAsync(string label, IDbContextFactory<ReaderDbContext> factory, TranscriptSearch search, int episodes, int episodeId, Dictionary<int, (string? Zh, string? En)> texts)
    {
        var all = Mix.SelectMany(c => c.Queries.Select(q => (c.Class, Query: q))).ToList();
        var measured = new List<QueryTimes>();
        var progress = new Deciles($"[{episodes:N0} episodes] queries, {label}", all.Count);
        foreach (var (queryClass, text) in all)
        {
            measured.Add(await MeasureQueryAsync(search, queryClass, text, episodes, episodeId, texts));
            progress.Report(measured.Count);
        }

        // Where the time goes: the slowest query of each class, and every query over the target.
        var slow = measured.GroupBy(m => m.Class).Select(g => g.MaxBy(m => Percentile(m.Library, 0.95))!)
            .Concat(measured.Where(m => Percentile(m.Library, 0.95) > LibraryTargetMs)).Distinct().ToList();
        var steps = new List<(string, SearchSteps.Times)>();
        foreach (var query in slow)
        {
            var parsed = SearchQuery.Parse(query.Query);
            SearchSteps.Measure(factory, parsed);
            var runs = Enumerable.Range(0, StepRuns).Select(_ => SearchSteps.Measure(factory, parsed)).ToList();
            steps.Add((query.Query, new SearchSteps.Times(
                Median(runs.Select(r => r.Open)), Median(runs.Select(r => r.Count)), Median(runs.Select(r => r.Page)),
                Median(runs.Select(r => r.Hits)), Median(runs.Select(r => r.Episodes)))));
        }

        var pass = new Pass(label, measured, steps);
        Print(pass, episodes);
        return pass;
    }

    private static async Task<QueryTimes> MeasureQueryAsync(TranscriptSearch search, string queryClass, string text, int episodes, int episodeId, Dictionary<int, (string? Zh, string? En)> texts)
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

        IReadOnlyList<int> ordinals = [];
        for (var i = 0; i < WarmupRuns; i++)
            (ordinals, _) = await FindAndMarkAsync(search, text, episodeId, texts);
        var inEpisode = new double[TimedRuns];
        var find = new double[TimedRuns];
        for (var i = 0; i < TimedRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            (ordinals, find[i]) = await FindAndMarkAsync(search, text, episodeId, texts);
            inEpisode[i] = clock.Elapsed.TotalMilliseconds;
        }

        // The index and the marking must agree: every hit has something to mark.
        var query = SearchQuery.Parse(text);
        var unmarked = ordinals.Count(o => query.FindIn(texts[o].Zh).Count == 0 && query.FindIn(texts[o].En).Count == 0);
        if (unmarked > 0)
            Console.WriteLine($"  warning: {text}: {unmarked} of {ordinals.Count} in-episode hits have nothing FindIn marks");
        // Every episode holds each of the seed's segments once, so the library has episodes × the episode's hits.
        var expected = (long)episodes * ordinals.Count;
        var total = results!.Total;
        if (results.TotalIsAtLeast ? expected <= TranscriptSearch.CountLimit : expected != total)
            Console.WriteLine($"  warning: {text}: library total {total}{(results.TotalIsAtLeast ? "+" : "")}, expected {expected} ({episodes} × {ordinals.Count})");

        return new QueryTimes(queryClass, text, total, results.TotalIsAtLeast, results.Order, library, ordinals.Count, inEpisode, find);
    }

    /// <summary>
    /// What the reader does for a search inside an episode: the matching positions, then the ranges to mark in
    /// each hit. Returns the positions and how long finding them took, without the marking.
    /// </summary>
    private static async Task<(IReadOnlyList<int> Ordinals, double FindMs)> FindAndMarkAsync(TranscriptSearch search, string text, int episodeId, Dictionary<int, (string? Zh, string? En)> texts)
    {
        var clock = Stopwatch.StartNew();
        var query = SearchQuery.Parse(text);
        var ordinals = await search.FindInEpisodeAsync(episodeId, query);
        var find = clock.Elapsed.TotalMilliseconds;
        var ranges = 0;
        foreach (var ordinal in ordinals)
        {
            var (zh, en) = texts[ordinal];
            ranges += query.FindIn(zh).Count + query.FindIn(en).Count;
        }
        GC.KeepAlive(ranges);
        return (ordinals, find);
    }

    private static async Task<Dictionary<int, (string? Zh, string? En)>> LoadTextsAsync(IDbContextFactory<ReaderDbContext> factory, int episodeId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Segments.AsNoTracking().Where(s => s.EpisodeId == episodeId)
            .ToDictionaryAsync(s => s.Ordinal, s => (s.Zh, s.En));
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
        Console.WriteLine($"-- {episodes:N0} episodes, {pass.Label}: latency in ms (library: SearchLibraryAsync page 1 with count; in-episode: FindInEpisodeAsync + FindIn, and FindInEpisodeAsync alone) --");
        Console.WriteLine($"{"class",-12} {"query",-20} {"hits",8} {"order",-9} {"lib p50",8} {"p95",8} {"max",8}   {"ep hits",7} {"ep p50",7} {"p95",7} {"max",7}   {"find p50",8} {"p95",7}");
        foreach (var q in pass.Queries)
        {
            Console.WriteLine($"{q.Class,-12} {Pad(q.Query, 20)} {Hits(q),8} {q.Order,-9} {Ms(Percentile(q.Library, 0.5)),8} {Ms(Percentile(q.Library, 0.95)),8} {Ms(q.Library.Max()),8}{Flag(q.Library, LibraryTargetMs)} "
                + $"{q.EpisodeHits,7} {Ms(Percentile(q.InEpisode, 0.5)),7} {Ms(Percentile(q.InEpisode, 0.95)),7} {Ms(q.InEpisode.Max()),7}{Flag(q.InEpisode, EpisodeTargetMs)} "
                + $"{Ms(Percentile(q.Find, 0.5)),8} {Ms(Percentile(q.Find, 0.95)),7}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"class",-12} {"queries",7} {"lib p50",8} {"p95",8} {"max",8}   {"ep p50",7} {"p95",7} {"max",7}");
        foreach (var (name, library, inEpisode, count) in Classes(pass))
            Console.WriteLine($"{name,-12} {count,7} {Ms(Percentile(library, 0.5)),8} {Ms(Percentile(library, 0.95)),8} {Ms(library.Max()),8}{Flag(library, LibraryTargetMs)} {Ms(Percentile(inEpisode, 0.5)),7} {Ms(Percentile(inEpisode, 0.95)),7} {Ms(inEpisode.Max()),7}{Flag(inEpisode, EpisodeTargetMs)}");

        Console.WriteLine();
        Console.WriteLine("steps of the slowest query per class and of every query over target (median of 10, ms):");
        Console.WriteLine($"  {"query",-20} {"open",7} {"count",8} {"page",8} {"hits",7} {"episodes",9} {"total",8}");
        foreach (var (query, s) in pass.Steps)
            Console.WriteLine($"  {Pad(query, 20)} {Ms(s.Open),7} {Ms(s.Count),8} {Ms(s.Page),8} {Ms(s.Hits),7} {Ms(s.Episodes),9} {Ms(s.Total),8}");
    }

    private static string Markdown(IReadOnlyList<LibraryReport> reports)
    {
        var text = new StringBuilder();
        text.AppendLine("### Search benchmark");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, SQLite {SqliteVersion()}; each episode is the seed's segments reshuffled. p50 / p95 / max in ms over {TimedRuns} runs of each query after {WarmupRuns} warm-up runs. Library = `SearchLibraryAsync` (count up to {TranscriptSearch.CountLimit + 1:N0}, first page of {TranscriptSearch.PageSize}, details, per-episode counts), target p95 < {LibraryTargetMs} ms; in-episode = `FindInEpisodeAsync` + `FindIn` on the hits, target < {EpisodeTargetMs} ms.");
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
                text.AppendLine(CultureInfo.InvariantCulture, $"**{r.Episodes:N0} episodes, {pass.Label}**");
                text.AppendLine();
                text.AppendLine("| class | queries | hits (library) | library p50 | p95 | max | in-episode p50 | p95 | max |");
                text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var (name, library, inEpisode, _) in Classes(pass))
                {
                    var queries = name == "all" ? "whole mix" : string.Join(", ", pass.Queries.Where(q => q.Class == name).Select(q => $"`{q.Query}`"));
                    var hits = name == "all" ? "" : string.Join(", ", pass.Queries.Where(q => q.Class == name).Select(Hits));
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"| {name} | {queries} | {hits} | {Ms(Percentile(library, 0.5))} | {Bold(Percentile(library, 0.95), LibraryTargetMs)} | {Ms(library.Max())} | {Ms(Percentile(inEpisode, 0.5))} | {Bold(Percentile(inEpisode, 0.95), EpisodeTargetMs)} | {Ms(inEpisode.Max())} |");
                }
                var over = pass.Queries.Where(q => Percentile(q.Library, 0.95) > LibraryTargetMs).Select(q => $"`{q.Query}` ({q.Class}, {Ms(Percentile(q.Library, 0.95))} ms)").ToList();
                var overInEpisode = pass.Queries.Where(q => Percentile(q.InEpisode, 0.95) > EpisodeTargetMs).Select(q => $"`{q.Query}` ({q.Class}, {Ms(Percentile(q.InEpisode, 0.95))} ms)").ToList();
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"Library p95 over {LibraryTargetMs} ms: {(over.Count == 0 ? "none" : string.Join(", ", over))}. In-episode p95 over {EpisodeTargetMs} ms: {(overInEpisode.Count == 0 ? "none" : string.Join(", ", overInEpisode))}.");
            }
        }
        return text.ToString();
    }

    private static IEnumerable<(string Name, double[] Library, double[] InEpisode, int Count)> Classes(Pass pass)
    {
        foreach (var group in pass.Queries.GroupBy(q => q.Class))
            yield return (group.Key, group.SelectMany(q => q.Library).ToArray(), group.SelectMany(q => q.InEpisode).ToArray(), group.Count());
        yield return ("all", pass.Queries.SelectMany(q => q.Library).ToArray(), pass.Queries.SelectMany(q => q.InEpisode).ToArray(), pass.Queries.Count);
    }

    /// <summary>Nearest rank: the smallest sample with at least <paramref name="p"/> of the samples at or below it.</summary>
    private static double Percentile(double[] samples, double p)
    {
        var sorted = samples.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static double Median(IEnumerable<double> samples) => Percentile(samples.ToArray(), 0.5);

    private static string Hits(QueryTimes q) => q.TotalIsAtLeast ? $"{q.Total:N0}+" : q.Total.ToString("N0", CultureInfo.InvariantCulture);

    private static string Flag(double[] samples, double target) => Percentile(samples, 0.95) > target ? " !" : "  ";

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
