using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Reader.Transcripts;

namespace Reader.Benchmarks;

/// <summary>
/// The parser against merely reading the same bytes as lines (UTF-8 decoding and line splitting), on the seed
/// and on a ~10 MB transcript built from it; the Ratio column is parse cost over read cost (target: at most 3).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ParseBenchmarks
{
    public const int LargeTargetBytes = 10 * 1024 * 1024;

    private const string Seed = "Seed";
    private const string Large = "Large10MB";

    private byte[] seed = [];
    private byte[] large = [];

    [GlobalSetup]
    public void Setup()
    {
        seed = File.ReadAllBytes(Seeds.SeedPath);
        var built = LargeTranscript.Build(Encoding.UTF8.GetString(seed), LargeTargetBytes);
        large = built.Bytes;

        // The large input must be a valid transcript with every repetition's chapters, else the benchmark measures an exception.
        var transcript = TranscriptParser.Parse("large.txt", large);
        if (transcript.Chapters.Count != built.Chapters || transcript.Segments.Count != built.Segments)
            throw new InvalidOperationException(
                $"the large transcript parsed to {transcript.Chapters.Count} chapters and {transcript.Segments.Count} segments, expected {built.Chapters} and {built.Segments}");
        Console.WriteLine($"// Large input: {large.Length:N0} bytes, {built.Repetitions} repetitions, {built.Chapters} chapters, {built.Segments} segments");
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Seed)]
    public int ReadLinesSeed() => CountLines(seed);

    /// <summary>The format alone: decoding, lines, header, chapter list, segments, line accounting.</summary>
    [Benchmark, BenchmarkCategory(Seed)]
    public object ReadFormatSeed() => TranscriptParser.Read(Seeds.FileName, Encoding.UTF8.GetString(seed));

    /// <summary>Everything: the format, then speaker naming, chapter placement and estimated times.</summary>
    [Benchmark, BenchmarkCategory(Seed)]
    public Transcript ParseSeed() => TranscriptParser.Parse(Seeds.FileName, seed);

    [Benchmark(Baseline = true), BenchmarkCategory(Large)]
    public int ReadLinesLarge() => CountLines(large);

    [Benchmark, BenchmarkCategory(Large)]
    public object ReadFormatLarge() => TranscriptParser.Read("large.txt", Encoding.UTF8.GetString(large));

    [Benchmark, BenchmarkCategory(Large)]
    public Transcript ParseLarge() => TranscriptParser.Parse("large.txt", large);

    private static int CountLines(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        var count = 0;
        while (reader.ReadLine() is not null)
            count++;
        return count;
    }
}
