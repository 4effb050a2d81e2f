using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage;
using Reader.Storage.Library;

namespace Reader.Benchmarks;

/// <summary>
/// <c>--pair-import [cues...]</c>: SRT pairs into a fresh library the way the import page and <c>POST /import</c>
/// bring them (<see cref="LibraryUpload.Import"/>: staging, reading, the move into <c>sources/</c>, the import
/// with its search entries), five episodes per size, each a pair of <see cref="SubtitlePair"/> files. Prints
/// cues per second (both sides counted) and the time per episode, beside reading the same pair alone
/// (<c>TranscriptReader.Read</c>, no disk, no database), measured in the same run.
/// </summary>
internal static class PairImport
{
    private const int Episodes = 5;

    public static int Run(string[] sizes)
    {
        var cueCounts = sizes.Length > 0 ? sizes.Select(int.Parse).ToArray() : [1_000, 3_000];
        Console.WriteLine("| cues a side | import, ms per episode | cues/s imported (both sides) | read alone, ms | import ÷ read |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var cues in cueCounts)
        {
            var pair = SubtitlePair.Build(cues);
            var root = Directory.CreateTempSubdirectory("reader-pair-import-").FullName;
            try
            {
                var database = Path.Combine(root, "reader.db");
                var importer = ImportRun.MigratedImporter(database);
                var files = new LibraryFiles(Path.Combine(root, "seeds"), Path.Combine(root, "sources"), NullLogger<LibraryFiles>.Instance);
                var upload = new LibraryUpload(files, importer, NullLogger<LibraryUpload>.Instance);

                // One of each first, outside the timing: JIT and EF Core's model.
                Import(upload, pair, "warm-up");
                Read(pair);

                var import = Stopwatch.StartNew();
                for (var i = 0; i < Episodes; i++)
                    Import(upload, pair, $"episode-{i}");
                import.Stop();
                var read = Stopwatch.StartNew();
                for (var i = 0; i < Episodes; i++)
                    Read(pair);
                read.Stop();

                var perEpisode = import.Elapsed.TotalMilliseconds / Episodes;
                var readPerEpisode = read.Elapsed.TotalMilliseconds / Episodes;
                var cuesPerSecond = (pair.ZhCues + pair.EnCues) / (perEpisode / 1000);
                Console.WriteLine($"| {cues:N0} | {perEpisode:N1} | {cuesPerSecond:N0} | {readPerEpisode:N1} | {perEpisode / readPerEpisode:N1} |");
                ImportRun.Delete(database);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
        return 0;
    }

    private static void Import(LibraryUpload upload, SubtitlePair.Built pair, string name)
    {
        var outcome = upload.Import(
            [new IncomingFile($"{name}.zh.srt", () => new MemoryStream(pair.Zh), pair.Zh.Length), new IncomingFile($"{name}.en.srt", () => new MemoryStream(pair.En), pair.En.Length)],
            chapters: null);
        if (outcome.Problems.Count > 0 || outcome.Episodes is not [{ Outcome: ImportOutcome.Added }])
            throw new InvalidOperationException($"expected one added episode, got {string.Join("; ", outcome.Problems.Select(p => p.Message))}");
    }

    private static void Read(SubtitlePair.Built pair) =>
        Reader.Transcripts.TranscriptReader.Read([new("zh.srt", pair.Zh), new("en.srt", pair.En)]);
}
