namespace Reader.Transcripts.Exports;

/// <summary>
/// One way to download a transcript. The web serves it at <c>/episodes/{slug}/export.{Extension}</c>, the CLI
/// writes it for <c>export --format {Name}</c> (or the extension), and the reader's export menu lists it.
/// </summary>
/// <param name="Name">The CLI's name for it.</param>
/// <param name="Extension">The file name's ending, without the dot; also the end of its URL.</param>
/// <param name="Timed">Every cue or segment carries its (estimated) start and end time, as subtitles do.</param>
/// <param name="Title">How the export menu names it.</param>
/// <param name="TitleZh">The Chinese beside the title, where the menu gives one.</param>
public sealed record ExportFormat(
    string Name,
    string Extension,
    string ContentType,
    bool Timed,
    string Title,
    string? TitleZh,
    Func<Transcript, ExportOptions, string> Write)
{
    /// <summary>Every format, in the order the export menu lists them.</summary>
    public static readonly IReadOnlyList<ExportFormat> All =
    [
        new("md", "md", MarkdownExport.ContentType, Timed: false, "Markdown (.md) — notes", "笔记", MarkdownExport.Write),
        new("vtt", "vtt", WebVttExport.ContentType, Timed: true, "WebVTT subtitles (.vtt)", "字幕", WebVttExport.Write),
        new("srt", "srt", SrtExport.ContentType, Timed: true, "SRT subtitles (.srt)", "字幕", SrtExport.Write),
        new("txt", "txt", PlainTextExport.ContentType, Timed: false, "Plain text (.txt)", "纯文本", PlainTextExport.Write),
        new("json", "json", PodcastJsonExport.TranscriptContentType, Timed: true, "Podcasting 2.0 transcript (.json)", null, PodcastJsonExport.Transcript),
        new("chapters", "chapters.json", PodcastJsonExport.ChaptersContentType, Timed: false, "Podcasting 2.0 chapters (.json)", "章节",
            (transcript, _) => PodcastJsonExport.Chapters(transcript)),
    ];

    /// <summary>The format with this name or extension (<c>chapters</c> or <c>chapters.json</c>), or null.</summary>
    public static ExportFormat? Find(string nameOrExtension) =>
        All.FirstOrDefault(f => f.Name == nameOrExtension || f.Extension == nameOrExtension);
}
