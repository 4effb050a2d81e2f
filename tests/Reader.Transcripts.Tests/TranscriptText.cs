using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests;

/// <summary>
/// A synthetic transcript export laid out like the real ones, with a blank line after every line, so the
/// n-th entry of <see cref="Lines"/> is line 2n-1 of the file. Every part can be replaced or left out
/// (<c>null</c>) to make the malformed inputs the parser has to reject.
/// </summary>
internal sealed record TranscriptText
{
    public const string File = "synthetic.txt";

    public string? Cover { get; init; } = "Test Show - 测试节目 封面";
    public string? TitleZh { get; init; } = "测试节目";
    public string? TitleEn { get; init; } = "Ada Lovelace: Engines of Thought";
    public string? SummaryHeading { get; init; } = "本集简介";
    public string Summary { get; init; } = "加入Grace Hopper与Ada Lovelace,共同探讨计算机。";
    public string? SourceUrl { get; init; } = "https://www.youtube.com/watch?v=test";

    /// <summary>The chapter list after <c>章节时间点:</c> on the summary line; null for a summary without one.</summary>
    public string? Chapters { get; init; } = "0:00 - 开场";

    /// <summary>Replaces the one summary line built from <see cref="Summary"/>, <see cref="SourceUrl"/> and <see cref="Chapters"/>.</summary>
    public IReadOnlyList<string>? SummaryLines { get; init; }

    public string? TranscriptHeading { get; init; } = "双语字幕";
    public string? AppNote { get; init; } = "仅展示文本字幕,不包含中文音频;想边听边看,请使用 Bayt 播客 App。";

    public IReadOnlyList<string> Body { get; init; } =
    [
        .. Segment(0, "欢迎回到测试节目。我是Grace Hopper。", "Welcome back to Test Show. My name is Grace Hopper."),
        .. Segment(1, "谢谢邀请。", "Thanks for having me."),
    ];

    public IReadOnlyList<string> Footer { get; init; } = ["关于 Bayt 播客", "继续浏览更多播客"];

    public static TranscriptText WithBody(params string[] body) => new() { Body = body };

    public static TranscriptText WithSegments(params (int Speaker, string Zh, string En)[] segments) =>
        new() { Body = [.. segments.SelectMany(s => Segment(s.Speaker, s.Zh, s.En))] };

    public static string[] Segment(int speaker, string zh, string en) => [$"Speaker {speaker}", zh, en];

    public IReadOnlyList<string> Lines =>
    [
        .. Optional(Cover), .. Optional(TitleZh), .. Optional(TitleEn), .. Optional(SummaryHeading),
        .. SummaryLines ?? [SummaryLine], .. Optional(TranscriptHeading), .. Optional(AppNote),
        .. Body, .. Footer,
    ];

    public string Text => string.Join("\n\n", Lines) + "\n";

    /// <summary>The file line number of the <paramref name="occurrence"/>-th line that reads exactly <paramref name="line"/>.</summary>
    public int LineOf(string line, int occurrence = 1)
    {
        var seen = 0;
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i] == line && ++seen == occurrence)
                return 2 * i + 1;
        }
        throw new ArgumentException($"the transcript has no line '{line}' (occurrence {occurrence})", nameof(line));
    }

    /// <summary>The file line number of the last line.</summary>
    public int LastLine => 2 * Lines.Count - 1;

    public Transcript Parse(IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides = null) =>
        TranscriptParser.Parse(File, Text, speakerOverrides);

    private string SummaryLine =>
        Summary
        + (SourceUrl is null ? "" : $" YouTube观看链接:{SourceUrl}")
        + (Chapters is null ? "" : $" 章节时间点: {Chapters}");

    private static string[] Optional(string? line) => line is null ? [] : [line];
}
