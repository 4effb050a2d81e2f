using System.Diagnostics;
using System.Globalization;
using System.Text;
using Reader.Transcripts;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Formats;
using Reader.Transcripts.Media;
using Reader.Transcripts.Speakers;

namespace Reader.Benchmarks;

/// <summary>
/// <c>--scaling</c>, second table: every input file kind besides the export, each at 1×, 10× and 100× of a base
/// size, timed as the import reads it (bytes to <see cref="Transcript"/>, or a sidecar's text to what it applies).
/// A quadratic check in any of them shows as a ratio near 100 per 10×; a new input kind belongs in this list.
/// </summary>
internal static partial class Scaling
{
    private sealed record InputKind(string Name, string Unit, int Base, Func<int, (long Bytes, Action Read)> Prepare);

    private static void RunInputKinds(List<(int Speaker, string Zh, string En)> seed, HashSet<string>? only)
    {
        InputKind[] kinds =
        [
            new("srt, bilingual", "cues", 1_000, n => Subtitles(Srt(seed, n))),
            new("webvtt, bilingual", "cues", 1_000, n => Subtitles(WebVtt(seed, n))),
            new("ass, bilingual", "cues", 1_000, n => Subtitles(Ass(seed, n))),
            new("srt pair", "cues a side", 1_000, n =>
            {
                var pair = SubtitlePair.Build(n);
                return (pair.Zh.Length + pair.En.Length, () => TranscriptReader.Read([new SourceFile("zh.srt", pair.Zh), new SourceFile("en.srt", pair.En)]));
            }),
            new("timing sidecar", "pins", 1_000, n =>
            {
                var json = TimingSidecar.Serialize(Enumerable.Range(1, n).Select(i => new TimingPin(i, i * 2.5)));
                return (Encoding.UTF8.GetByteCount(json), () => TimingSidecar.Parse("a.times.json", json));
            }),
            // Every cue pinned a little later than it starts: each pin meets an anchor on every segment.
            new("timing sidecar on an srt", "pins = cues", 1_000, n =>
            {
                var srt = Srt(seed, n);
                var json = TimingSidecar.Serialize(Enumerable.Range(1, n).Select(i => new TimingPin(i, (i - 1) * 3.0 + 0.5)));
                return (srt.Length + Encoding.UTF8.GetByteCount(json), () =>
                    TranscriptReader.Read([new SourceFile("a.srt", srt)], pins: ("a.times.json", TimingSidecar.Parse("a.times.json", json))));
            }),
            new("speaker sidecar", "speakers", 100, n =>
            {
                var overrides = Enumerable.Range(0, n).ToDictionary(i => $"Speaker {i}", i => new SpeakerOverride($"Name {i}", SpeakerRole.Guest));
                var json = SpeakerOverrides.Serialize(overrides);
                IReadOnlyList<Speaker> speakers = [.. Enumerable.Range(0, n).Select(i => new Speaker($"Speaker {i}", $"Speaker {i}", SpeakerRole.Unknown))];
                return (Encoding.UTF8.GetByteCount(json), () => SpeakerOverrides.Apply(speakers, SpeakerOverrides.Parse("a.speakers.json", json), []));
            }),
            new("media sidecar", "chars of address", 500, n =>
            {
                var json = $"{{ \"url\": \"https://example.com/{new string('a', n)}.mp3\", \"type\": \"audio/mpeg\" }}";
                return (json.Length, () => MediaSidecar.Parse("a.media.json", json));
            }),
            new("chapter sidecar", "chapters", 100, n =>
            {
                var text = string.Concat(Enumerable.Range(0, n).Select(k => $"{ChapterTime.Format(k * 30)} - 第{k}章 Gemini 模型进展\n"));
                var ends = Enumerable.Range(1, 2 * n).Select(i => i * 15.0).ToList();
                return (Encoding.UTF8.GetByteCount(text), () => ChapterList.Place(ChapterList.Parse("a.chapters.txt", text), ends, []));
            }),
        ];

        Console.WriteLine("| input | size | input KB | read ms | ×ms per 10× |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var kind in kinds.Where(k => only is null || only.Contains(k.Name)))
        {
            // Warm up on a tenth of the base: JIT and regular expressions.
            kind.Prepare(Math.Max(1, kind.Base / 10)).Read();
            double? previous = null;
            foreach (var factor in new[] { 1, 10, 100 })
            {
                var n = kind.Base * factor;
                var (bytes, read) = kind.Prepare(n);
                var best = double.MaxValue;
                for (var run = 0; run < 3; run++)
                {
                    var clock = Stopwatch.StartNew();
                    read();
                    best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                }
                Console.WriteLine($"| {kind.Name} | {n:N0} {kind.Unit} | {bytes / 1e3:0.0} | {best:0.0} | {(previous is { } p ? (best / p).ToString("0.0", CultureInfo.InvariantCulture) : "")} |");
                previous = best;
                GC.Collect();
            }
        }
    }

    private static (long Bytes, Action Read) Subtitles(byte[] file) => (file.Length, () => TranscriptReader.Read([new SourceFile("a.sub", file)]));

    // Cue i from 3i to 3i + 2.5 seconds, its Chinese and English lines from the seed's segments in turn.
    private static byte[] Srt(List<(int Speaker, string Zh, string En)> seed, int cues) => Cues(seed, cues, "", (i, start, end) =>
        $"{i + 1}\n{Clock(start, ',')} --> {Clock(end, ',')}\n{seed[i % seed.Count].Zh}\n{seed[i % seed.Count].En}\n\n");

    private static byte[] WebVtt(List<(int Speaker, string Zh, string En)> seed, int cues) => Cues(seed, cues, "WEBVTT\n\n", (i, start, end) =>
        $"{Clock(start, '.')} --> {Clock(end, '.')}\n{seed[i % seed.Count].Zh}\n{seed[i % seed.Count].En}\n\n");

    private static byte[] Ass(List<(int Speaker, string Zh, string En)> seed, int cues) => Cues(seed, cues,
        "[Script Info]\nTitle: Scaling\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n",
        (i, start, end) => $"Dialogue: 0,{Clock(start, '.')[1..^1]},{Clock(end, '.')[1..^1]},Default,,0,0,0,,{seed[i % seed.Count].Zh}\\N{seed[i % seed.Count].En}\n");

    private static byte[] Cues(List<(int Speaker, string Zh, string En)> seed, int cues, string head, Func<int, double, double, string> cue)
    {
        var text = new StringBuilder(head);
        for (var i = 0; i < cues; i++)
            text.Append(cue(i, i * 3.0, i * 3.0 + 2.5));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // hh:mm:ss,mmm (SRT) or hh:mm:ss.mmm (WebVTT); ASS takes h:mm:ss.cc, cut from the same.
    private static string Clock(double seconds, char separator)
    {
        var ms = (long)Math.Round(seconds * 1000);
        return $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}{separator}{ms % 1000:000}";
    }
}
