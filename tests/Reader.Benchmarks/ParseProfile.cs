using System.Diagnostics;
using System.Globalization;
using System.Text;
using Reader.Transcripts;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Speakers;

namespace Reader.Benchmarks;

/// <summary>
/// <c>--profile-parse</c>: where the parser's time goes, on the seed and on the ~10 MB input, by re-running its
/// public stages (chapter placement, segment timing, speaker naming) on the parsed segments; the rest of a
/// parse is decoding, line splitting, the header and the segment lines.
/// </summary>
internal static class ParseProfile
{
    public static int Run()
    {
        var seed = File.ReadAllBytes(Seeds.SeedPath);
        var built = LargeTranscript.Build(Encoding.UTF8.GetString(seed), ParseBenchmarks.LargeTargetBytes);

        // Warm up (tiered compilation, regex construction) on the seed.
        for (var i = 0; i < 100; i++)
            TranscriptParser.Parse(Seeds.FileName, seed);
        Thread.Sleep(500);

        Profile($"seed: {seed.Length:N0} bytes", seed, rounds: 50);
        Profile($"large: {built.Bytes.Length:N0} bytes, {built.Chapters} chapters, {built.Segments} segments", built.Bytes, rounds: 3);
        return 0;
    }

    private static void Profile(string title, byte[] bytes, int rounds)
    {
        Console.WriteLine(title);
        var transcript = TranscriptParser.Parse("input.txt", bytes);
        var utterances = transcript.Segments.Select(s => new Utterance(s.Speaker, s.Zh, s.En)).ToList();
        var marks = transcript.Chapters.Select(c => new ChapterMark(c.StartSeconds, c.Title)).ToList();
        var host = transcript.Speakers.FirstOrDefault(s => s.Role == SpeakerRole.Host)?.Label;
        var episode = transcript.Episode;
        var text = Encoding.UTF8.GetString(bytes);
        int[] firstSegments = [];

        var stages = new (string Name, Action Run)[]
        {
            ("read lines (StreamReader)", () => { using var r = new StreamReader(new MemoryStream(bytes)); while (r.ReadLine() is not null) { } }),
            ("decode UTF-8 (GetString)", () => Encoding.UTF8.GetString(bytes)),
            ("whole parse", () => TranscriptParser.Parse("input.txt", bytes)),
            ("  format: decode", () => Reader.Transcripts.Parsing.SourceText.Decode("input.txt", bytes)),
            ("  format: non-blank lines", () => { foreach (var _ in Reader.Transcripts.Parsing.SourceText.Lines(text)) { } }),
            ("  format: whole Read", () => TranscriptParser.Read("input.txt", text)),
            ("  ChapterPlacement.Place", () => firstSegments = ChapterPlacement.Place(marks, utterances, host)),
            ("  SegmentTiming.Estimate", () => SegmentTiming.Estimate(marks, firstSegments, utterances)),
            ("  SpeakerNaming.Infer", () => SpeakerNaming.Infer(episode.Show, episode.TitleZh, episode.TitleEn, episode.Summary, utterances)),
        };
        foreach (var (name, run) in stages)
        {
            run();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < rounds; i++)
                run();
            Console.WriteLine($"  {name,-30} {(clock.Elapsed.TotalMilliseconds / rounds).ToString("F2", CultureInfo.InvariantCulture),10} ms");
        }
    }
}
