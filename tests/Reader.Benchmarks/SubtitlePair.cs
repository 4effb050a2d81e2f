using System.Globalization;
using System.Text;
using Reader.Transcripts;

namespace Reader.Benchmarks;

/// <summary>
/// A Chinese and an English SRT file of the same talk, cut as two subtitlers would: most sentences one cue a
/// side, some split in two on one side only, a few said in one language only, every time off by up to 0.15 s.
/// The text is the seed's segments in turn (numbered, so no two cues are alike). <see cref="Groups"/> is the
/// pairing the files were made from, to measure the pairing against.
/// </summary>
internal static class SubtitlePair
{
    public sealed record Built(byte[] Zh, byte[] En, int ZhCues, int EnCues, IReadOnlyList<(int[] Zh, int[] En)> Groups, double Seconds);

    public static Built Build(int cuesPerSide, int seed = 20261206)
    {
        var segments = TranscriptParser.Parse(Seeds.FileName, File.ReadAllBytes(Seeds.SeedPath)).Segments
            .Where(s => s.Zh is not null && s.En is not null).ToList();
        var random = new Random(seed);
        var (zh, en) = (new StringBuilder(), new StringBuilder());
        var (zhCount, enCount) = (0, 0);
        var groups = new List<(int[] Zh, int[] En)>();
        var time = 0.5;
        var k = 0;

        double Jitter() => (random.NextDouble() - 0.5) * 0.3;
        void Cue(StringBuilder srt, ref int count, double start, double end, string text)
        {
            count++;
            srt.Append(count).Append('\n').Append(Time(Math.Max(0, start + Jitter()))).Append(" --> ").Append(Time(end + Jitter()))
               .Append('\n').Append(text).Append("\n\n");
        }

        while (zhCount < cuesPerSide)
        {
            var segment = segments[k % segments.Count];
            var (zhText, enText) = ($"{segment.Zh} ({k})", $"{segment.En} ({k})");
            k++;
            var length = 1.5 + random.NextDouble() * 3.5;
            var (start, end, middle) = (time, time + length, time + length * (0.3 + random.NextDouble() * 0.4));
            var (zhBefore, enBefore) = (zhCount, enCount);
            var shape = random.Next(100);
            if (shape < 70)
            {
                Cue(zh, ref zhCount, start, end, zhText);
                Cue(en, ref enCount, start, end, enText);
            }
            else if (shape < 80)
            {
                Cue(zh, ref zhCount, start, middle, Half(zhText, first: true));
                Cue(zh, ref zhCount, middle + 0.05, end, Half(zhText, first: false));
                Cue(en, ref enCount, start, end, enText);
            }
            else if (shape < 90)
            {
                Cue(zh, ref zhCount, start, end, zhText);
                Cue(en, ref enCount, start, middle, Half(enText, first: true));
                Cue(en, ref enCount, middle + 0.05, end, Half(enText, first: false));
            }
            else if (shape < 95)
                Cue(zh, ref zhCount, start, start + 0.8, "嗯。");
            else
                Cue(en, ref enCount, start, start + 0.8, "Right.");
            groups.Add(([.. Enumerable.Range(zhBefore + 1, zhCount - zhBefore)], [.. Enumerable.Range(enBefore + 1, enCount - enBefore)]));
            time = (shape < 90 ? end : start + 0.8) + 0.3 + random.NextDouble() * 0.5;
        }
        return new Built(Encoding.UTF8.GetBytes(zh.ToString()), Encoding.UTF8.GetBytes(en.ToString()), zhCount, enCount, groups, time);
    }

    private static string Half(string text, bool first) => first ? text[..(text.Length / 2)] : text[(text.Length / 2)..];

    private static string Time(double seconds)
    {
        var time = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00},{time.Milliseconds:000}");
    }
}
