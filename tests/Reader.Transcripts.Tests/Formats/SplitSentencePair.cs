using System.Globalization;
using System.Text;

namespace Reader.Transcripts.Tests.Formats;

/// <summary>
/// A hand-made Chinese and English subtitle pair of one minute that cut the talk at different places, as two
/// subtitlers do: some Chinese cues span two English ones and the other way round, a few cues have nothing
/// in the other language ("嗯。", "Right."), every time is off by up to 0.15 s, and a few cues touch a
/// neighbour by a twentieth of a second. <see cref="Expected"/> is the pairing a person makes reading both.
/// </summary>
internal static class SplitSentencePair
{
    public const string ZhFile = "split.zh.srt";
    public const string EnFile = "split.en.srt";

    public static readonly (int Number, double Start, double End, string Text)[] Zh =
    [
        (1, 0.0, 2.5, "欢迎收听本期节目。"),
        (2, 2.6, 6.0, "今天我们聊聊模型是怎么训练出来的。"),
        (3, 6.2, 8.0, "首先要有数据,"),
        (4, 8.1, 10.0, "而且是大量的高质量数据。"),
        (5, 10.2, 12.0, "然后是算力。"),
        (6, 12.5, 13.5, "嗯。"),
        (7, 14.0, 17.0, "很多人低估了工程的难度。"),
        (8, 18.5, 21.0, "我们花了一年时间搭建训练系统,然后不断改进它。"),
        (9, 21.3, 23.0, "这就是规模化的意义。"),
        (10, 23.2, 24.4, "但规模化"),
        (11, 24.5, 26.0, "不是全部。"),
        (12, 26.05, 29.0, "研究的品味同样重要。"),
        (13, 29.2, 31.0, "你怎么培养这种品味?"),
        (14, 31.2, 35.0, "多读论文,多做实验,也要多和同事讨论。"),
        (15, 35.5, 36.2, "对。"),
        (16, 36.5, 39.0, "失败的实验也很有价值。"),
        (17, 39.2, 40.5, "我们会把"),
        (18, 40.6, 42.0, "每次失败都记录下来。"),
        (19, 42.3, 45.0, "这样团队就不会重复犯错。"),
        (20, 46.3, 49.0, "最后,我想谈谈产品。"),
        (21, 49.2, 52.0, "研究最终要服务用户,而用户的反馈又推动研究。"),
        (22, 52.3, 55.0, "谢谢你的时间。"),
    ];

    public static readonly (int Number, double Start, double End, string Text)[] En =
    [
        (1, 0.1, 2.4, "Welcome to the show."),
        (2, 2.7, 4.2, "Today we're talking about"),
        (3, 4.3, 6.1, "how models get trained."),
        (4, 6.3, 9.9, "First you need data, lots of high-quality data."),
        (5, 10.25, 12.1, "Then there's compute."),
        (6, 13.9, 17.1, "Many people underestimate the engineering."),
        (7, 17.3, 18.0, "Right."),
        (8, 18.6, 19.8, "We spent a year building the training system,"),
        (9, 19.9, 21.35, "and then kept improving it."),
        (10, 21.2, 23.1, "That's what scale means."),
        (11, 23.3, 26.1, "But scale isn't everything."),
        (12, 26.35, 29.0, "Research taste matters just as much."),
        (13, 29.1, 31.05, "How do you build that taste?"),
        (14, 31.3, 33.0, "Read papers, run experiments,"),
        (15, 33.1, 35.1, "and talk with your colleagues."),
        (16, 36.6, 39.0, "Failed experiments are valuable too."),
        (17, 39.3, 42.1, "We write down every failure."),
        (18, 42.2, 45.1, "So the team doesn't repeat mistakes."),
        (19, 45.4, 46.0, "Yeah."),
        (20, 46.4, 49.1, "Finally, I want to talk about products."),
        (21, 49.3, 50.5, "Research has to serve users,"),
        (22, 50.6, 52.1, "and their feedback drives research."),
        (23, 52.4, 55.0, "Thank you for your time."),
    ];

    /// <summary>The pairing a reader makes: Chinese cue numbers with English cue numbers, in time order.</summary>
    public static readonly (int[] Zh, int[] En)[] Expected =
    [
        ([1], [1]), ([2], [2, 3]), ([3, 4], [4]), ([5], [5]), ([6], []), ([7], [6]), ([], [7]), ([8], [8, 9]), ([9], [10]),
        ([10, 11], [11]), ([12], [12]), ([13], [13]), ([14], [14, 15]), ([15], []), ([16], [16]), ([17, 18], [17]), ([19], [18]),
        ([], [19]), ([20], [20]), ([21], [21, 22]), ([22], [23]),
    ];

    public static string ZhSrt => Srt(Zh);

    public static string EnSrt => Srt(En);

    private static string Srt((int Number, double Start, double End, string Text)[] cues)
    {
        var srt = new StringBuilder();
        foreach (var (number, start, end, text) in cues)
            srt.Append(number).Append('\n').Append(Time(start)).Append(" --> ").Append(Time(end)).Append('\n').Append(text).Append("\n\n");
        return srt.ToString();
    }

    private static string Time(double seconds)
    {
        var time = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00},{time.Milliseconds:000}");
    }
}
