using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Reader.Transcripts;

namespace Reader.Benchmarks;

/// <summary>
/// A long transcript made from the seed: its header and summary once, its segment block (first <c>Speaker</c>
/// line up to the footer, without the app's <c>展开剩余字幕…</c> line) repeated up to the wanted size, then its
/// footer. The summary's chapter list gets the seed's chapters once per repetition, each repetition shifted by
/// <see cref="EpisodeSeconds"/>, so that every copy of the talk has its own chapters in time order.
/// </summary>
internal static partial class LargeTranscript
{
    /// <summary>How long one repetition is taken to last; the seed's last chapter starts at 48:37.</summary>
    public const int EpisodeSeconds = 50 * 60;

    private const string ChapterHeading = "章节时间点:";
    private const string Footer = "关于 Bayt 播客";
    private const string ShowMore = "展开剩余字幕";

    [GeneratedRegex(@"^Speaker\s+\d+$")]
    private static partial Regex SpeakerLine();

    [GeneratedRegex(@"(?<=^|\s)(?<time>\d+(?::\d+)+)\s*-\s*")]
    private static partial Regex ChapterStart();

    public sealed record Built(byte[] Bytes, int Repetitions, int Chapters, int Segments);

    public static Built Build(string seed, int targetBytes)
    {
        var lines = seed.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var firstSpeaker = Array.FindIndex(lines, l => SpeakerLine().IsMatch(l.Trim()));
        var footer = Array.FindIndex(lines, l => l.Trim() == Footer);
        if (firstSpeaker < 0 || footer < firstSpeaker)
            throw new InvalidOperationException("the seed has no 'Speaker N' line before its footer");

        var header = lines[..firstSpeaker];
        var block = lines[firstSpeaker..footer].Where(l => !l.TrimStart().StartsWith(ShowMore, StringComparison.Ordinal)).ToList();
        while (block.Count > 0 && string.IsNullOrWhiteSpace(block[^1]))
            block.RemoveAt(block.Count - 1);
        var blockText = string.Join('\n', block) + "\n\n";
        var segmentsPerBlock = block.Count(l => SpeakerLine().IsMatch(l.Trim()));

        var summaryIndex = Array.FindIndex(header, l => l.Contains(ChapterHeading, StringComparison.Ordinal));
        if (summaryIndex < 0)
            throw new InvalidOperationException($"the seed's summary has no '{ChapterHeading}' list");
        var summary = header[summaryIndex];
        var listStart = summary.IndexOf(ChapterHeading, StringComparison.Ordinal) + ChapterHeading.Length;
        var chapters = SeedChapters(summary[listStart..]);
        if (chapters[^1].Seconds >= EpisodeSeconds)
            throw new InvalidOperationException($"the seed's last chapter starts after {ChapterTime.Format(EpisodeSeconds)}; raise {nameof(EpisodeSeconds)}");

        var footerText = string.Join('\n', lines[footer..]);
        var fixedBytes = Encoding.UTF8.GetByteCount(string.Join('\n', header)) + Encoding.UTF8.GetByteCount(footerText);
        var blockBytes = Encoding.UTF8.GetByteCount(blockText);
        var repetitions = Math.Max(1, (int)Math.Ceiling((targetBytes - fixedBytes) / (double)blockBytes));

        var list = new StringBuilder();
        for (var r = 0; r < repetitions; r++)
        {
            foreach (var (seconds, title) in chapters)
                list.Append(' ').Append(ChapterTime.Format(seconds + r * EpisodeSeconds)).Append(" - ").Append(title);
        }
        header[summaryIndex] = summary[..listStart] + list;

        var text = new StringBuilder(targetBytes);
        foreach (var line in header)
            text.Append(line).Append('\n');
        for (var r = 0; r < repetitions; r++)
            text.Append(blockText);
        text.Append(footerText);

        return new Built(Encoding.UTF8.GetBytes(text.ToString()), repetitions, repetitions * chapters.Count, repetitions * segmentsPerBlock);
    }

    private static List<(int Seconds, string Title)> SeedChapters(string list)
    {
        var starts = ChapterStart().Matches(list);
        var chapters = new List<(int Seconds, string Title)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var time = starts[i].Groups["time"].Value;
            if (!ChapterTime.TryParse(time, out var seconds))
                throw new InvalidOperationException($"the seed lists a chapter at '{time}', which is not a time");
            var end = i + 1 < starts.Count ? starts[i + 1].Index : list.Length;
            chapters.Add((seconds, list[(starts[i].Index + starts[i].Length)..end].Trim()));
        }
        if (chapters.Count == 0)
            throw new InvalidOperationException("the seed's chapter list is empty");
        return chapters;
    }
}
