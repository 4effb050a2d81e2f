using System.Globalization;
using System.Text;
using Reader.Transcripts;

namespace Reader.Benchmarks;

/// <summary>
/// A library of transcripts made from the seed, written to a folder one file at a time: every episode is the
/// seed's header, summary (with its chapter list) and footer around all of the seed's segments in an order of
/// its own (a <see cref="Random"/> seeded with the episode's number, so a run is repeatable). Each episode has
/// its own titles, hence its own slug, and its own file name, in import order.
/// </summary>
internal sealed class ShuffledLibrary
{
    private const string Footer = "关于 Bayt 播客";

    // The seed's own words around the episode number, so that speaker naming still finds the guest in the titles.
    private const string TitleZhFormat = "{0}(第 {1} 集)";
    private const string TitleEnFormat = "{0} (part {1})";

    private readonly string show;
    private readonly string titleZh;
    private readonly string titleEn;
    private readonly string[] headerAfterTitles;
    private readonly string footer;
    private readonly (string Speaker, string? Zh, string? En)[] segments;

    private ShuffledLibrary(string show, string titleZh, string titleEn, string[] headerAfterTitles, string footer, (string, string?, string?)[] segments)
    {
        this.show = show;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.headerAfterTitles = headerAfterTitles;
        this.footer = footer;
        this.segments = segments;
    }

    public int SegmentsPerEpisode => segments.Length;

    public static ShuffledLibrary FromSeed(string seedPath)
    {
        var text = File.ReadAllText(seedPath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var transcript = TranscriptParser.Parse(Path.GetFileName(seedPath), text);
        var lines = text.Split('\n');

        // The header is everything before the first segment: cover line, Chinese title, English title, then
        // 本集简介, the summary with the chapter list, 双语字幕 and the app's note, kept as they are.
        var firstSpeaker = Array.FindIndex(lines, l => l.StartsWith("Speaker ", StringComparison.Ordinal));
        var footerAt = Array.FindIndex(lines, l => l.Trim() == Footer);
        if (firstSpeaker < 0 || footerAt < firstSpeaker)
            throw new InvalidOperationException($"the seed has no 'Speaker N' line before its footer '{Footer}'");
        var titleLines = lines.Take(firstSpeaker).Select((l, i) => (Line: l, Index: i)).Where(l => l.Line.Trim().Length > 0).Take(3).ToList();
        var afterTitles = lines[(titleLines[^1].Index + 1)..firstSpeaker];

        var episode = transcript.Episode;
        return new ShuffledLibrary(episode.Show, episode.TitleZh, episode.TitleEn, afterTitles, string.Join('\n', lines[footerAt..]),
            transcript.Segments.Select(s => (s.Speaker, s.Zh, s.En)).ToArray());
    }

    public static string FileName(int episode) => $"episode-{episode.ToString("D5", CultureInfo.InvariantCulture)}.txt";

    /// <summary>Writes episodes 1 to <paramref name="count"/>; returns the bytes written.</summary>
    public long Write(string folder, int count, Action<int>? written = null)
    {
        Directory.CreateDirectory(folder);
        var order = new int[segments.Length];
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        for (var episode = 1; episode <= count; episode++)
        {
            var path = Path.Combine(folder, FileName(episode));
            using (var writer = new StreamWriter(path, append: false, utf8, bufferSize: 1 << 16))
            {
                writer.NewLine = "\n";
                WriteEpisode(writer, episode, order);
            }
            bytes += new FileInfo(path).Length;
            written?.Invoke(episode);
        }
        return bytes;
    }

    private void WriteEpisode(StreamWriter writer, int episode, int[] order)
    {
        var number = episode.ToString(CultureInfo.InvariantCulture);
        var zh = string.Format(CultureInfo.InvariantCulture, TitleZhFormat, titleZh, number);
        var en = string.Format(CultureInfo.InvariantCulture, TitleEnFormat, titleEn, number);

        // "<show> - <Chinese title> 封面", the Chinese title, the English title, each followed by a blank line as in the seed.
        writer.Write($"{show} - {zh} 封面\n\n{zh}\n\n{en}\n");
        foreach (var line in headerAfterTitles)
            writer.Write(line + "\n");

        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        new Random(episode).Shuffle(order);
        foreach (var i in order)
        {
            var (speaker, segmentZh, segmentEn) = segments[i];
            writer.Write(speaker + "\n\n");
            if (segmentZh is not null)
                writer.Write(segmentZh + "\n\n");
            if (segmentEn is not null)
                writer.Write(segmentEn + "\n\n");
        }
        writer.Write(footer);
    }
}
