using BenchmarkDotNet.Attributes;
using Reader.Transcripts;
using Reader.Transcripts.Formats;

namespace Reader.Benchmarks;

/// <summary>
/// A Chinese and an English SRT file read into one transcript (<see cref="TranscriptReader.Read"/>: decoding,
/// detection, both parses, pairing, speakers, segments), and the pairing alone, at 1,000, 3,000 (a three-hour
/// episode) and 10,000 cues a side: time per cue that stays flat across the sizes is linear.
/// Run with the job on the command line: <c>dotnet run -c Release -- --filter '*Subtitle*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SubtitleBenchmarks
{
    private SourceFile[] files = [];
    private IReadOnlyList<SubtitleCue> zhCues = [];
    private IReadOnlyList<SubtitleCue> enCues = [];

    [Params(1_000, 3_000, 10_000)]
    public int Cues { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pair = SubtitlePair.Build(Cues);
        files = [new SourceFile("episode.zh.srt", pair.Zh), new SourceFile("episode.en.srt", pair.En)];
        zhCues = SrtParser.Parse("episode.zh.srt", System.Text.Encoding.UTF8.GetString(pair.Zh)).Cues;
        enCues = SrtParser.Parse("episode.en.srt", System.Text.Encoding.UTF8.GetString(pair.En)).Cues;

        // What the pairing is measured on must be paired right, else the figures are of a wrong answer.
        var expected = pair.Groups.Select(g => (string.Join(',', g.Zh), string.Join(',', g.En))).ToHashSet();
        var found = CuePairing.Pair(zhCues, enCues).Count(p => expected.Contains((string.Join(',', p.Zh.Select(c => c.Number)), string.Join(',', p.En.Select(c => c.Number)))));
        Console.WriteLine($"// {pair.ZhCues:N0} Chinese and {pair.EnCues:N0} English cues over {pair.Seconds / 3600:0.0} h, {(pair.Zh.Length + pair.En.Length) / 1e6:0.0} MB; " +
                          $"pairing accuracy {found:N0} of {pair.Groups.Count:N0} groups ({(double)found / pair.Groups.Count:P1})");
    }

    [Benchmark]
    public Transcript ReadSrtPair() => TranscriptReader.Read(files);

    [Benchmark]
    public IReadOnlyList<CuePair> PairOnly() => CuePairing.Pair(zhCues, enCues);
}
