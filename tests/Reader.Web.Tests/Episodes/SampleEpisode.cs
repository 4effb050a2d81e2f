using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Reader.Transcripts;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

/// <summary>
/// A small episode for the reader's tests: two speakers, three chapters, six rows (one without English, one
/// without Chinese), its transcript built by <see cref="TranscriptMarkup"/> as the catalog builds it.
/// </summary>
internal static class SampleEpisode
{
    public const string Slug = "sample-episode";
    public const string SourceUrl = "https://www.youtube.com/watch?v=fXtna7UrL44";

    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IReadOnlyList<TranscriptMarkup.Row> Rows { get; } =
    [
        new(1, "Speaker 0", "双子座三号，我们正坐在这里。", "Gemini three, we're sitting here.", 1, 0),
        new(2, "Speaker 0", "反响看起来非常积极。", null, 1, 3),
        new(3, "Speaker 1", null, "I'm very excited about the progress.", 1, 6),
        new(4, "Speaker 1", "我对这项研究感到兴奋。", "I'm excited about the research.", 2, 125),
        new(5, "Speaker 0", "我们实际上已经在多个维度上推进了前沿。", "We had actually pushed the frontier on a bunch of dimensions.", 2, 131),
        new(6, "Speaker 0", "这个模型的氛围很好。", "The vibes of the model are good.", 3, 3725),
    ];

    public static IReadOnlyList<SpeakerView> Speakers { get; } =
    [
        new("Speaker 0", "Logan Kilpatrick", SpeakerRole.Host, 4),
        new("Speaker 1", "Koray Kavukcuoglu", SpeakerRole.Guest, 2),
    ];

    public static IReadOnlyList<ChapterView> Chapters { get; } =
    [
        new(1, 0, "开场", 1, VideoLinks.At(SourceUrl, 0)),
        new(2, 125, "Gemini 3发布反响", 4, VideoLinks.At(SourceUrl, 125)),
        new(3, 3725, "结束语", 6, null),
    ];

    public static string Markup(IReadOnlyList<TranscriptMarkup.Row>? rows = null, IReadOnlyList<SpeakerView>? speakers = null, IReadOnlyList<ChapterView>? chapters = null) =>
        TranscriptMarkup.Build($"episodes/{Slug}", rows ?? Rows, chapters ?? Chapters, speakers ?? Speakers, Encoder);

    public static EpisodeView Create(
        string summary = "加入 **Logan Kilpatrick** 与 Koray。[YouTube](https://www.youtube.com/watch?v=fXtna7UrL44)",
        string? sourceUrl = SourceUrl,
        int? durationSeconds = 2970,
        IReadOnlyList<SpeakerView>? speakers = null,
        IReadOnlyList<ChapterView>? chapters = null) =>
        new(
            Slug,
            "Google AI: Release Notes",
            "科莱·卡武克乔格鲁：“我们就是这样打造通用人工智能的”",
            "Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”",
            new MarkupString(SummaryMarkdown.ToHtml(summary)),
            sourceUrl,
            durationSeconds,
            speakers ?? Speakers,
            chapters ?? Chapters,
            Rows,
            new MarkupString(Markup(speakers: speakers, chapters: chapters)),
            SpeakerStyles.For((speakers ?? Speakers).Select(s => s.Label)));
}
