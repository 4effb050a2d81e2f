namespace Reader.Transcripts.Tests;

/// <summary>
/// The real export in seeds/ (copied next to the tests): "Koray Kavukcuoglu: This Is How We Are Going to Build AGI",
/// 3684 lines, 611 segments, 17 chapters, 2 speakers. Parsed once; a <see cref="Transcript"/> is immutable.
/// </summary>
internal static class Seed
{
    public const string File = "release-notes-koray-kavukcuoglu-build-agi.txt";

    private static readonly Lazy<byte[]> bytes = new(() => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", File)));
    private static readonly Lazy<Transcript> transcript = new(() => TranscriptParser.Parse(File, Bytes));

    public static byte[] Bytes => bytes.Value;

    public static string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    public static Transcript Transcript => transcript.Value;

    /// <summary>The segment with a 1-based index, as the transcript and the tests count them.</summary>
    public static Segment SegmentAt(int index) => Transcript.Segments[index - 1];

    public static readonly int[] ChapterTimes = [0, 120, 256, 407, 705, 836, 1024, 1117, 1233, 1402, 1642, 1771, 2186, 2306, 2500, 2721, 2917];

    public static readonly string[] ChapterTitles =
    [
        "开场", "Gemini 3发布反响", "持续进步与创新", "Gemini改进关键领域", "模型改进的产品支撑", "首席AI架构师角色",
        "工程思维与协作", "Gemini未来增长领域", "从研究到工程思维的转变", "生成式媒体的崛起", "Nano Banana Pro功能",
        "迈向统一模型检查点", "组织架构助力AI成功", "探索与规模化的平衡", "DeepMind协作文化", "谷歌创新实践", "结束语",
    ];

    /// <summary>The turns of some segments: each run of one speaker within one chapter, in order.</summary>
    public static List<(int? Chapter, string Speaker)> TurnsOf(IEnumerable<Segment> segments)
    {
        var turns = new List<(int? Chapter, string Speaker)>();
        foreach (var segment in segments)
        {
            if (turns.Count == 0 || turns[^1] != (segment.Chapter, segment.Speaker))
                turns.Add((segment.Chapter, segment.Speaker));
        }
        return turns;
    }

    public static IReadOnlyList<Utterance> Utterances =>
        [.. Transcript.Segments.Select(s => new Utterance(s.Speaker, s.Zh, s.En))];
}
