using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Transcripts;
using Reader.Transcripts.Exports;

namespace Reader.Web.Episodes;

/// <summary>
/// Downloads of an episode in the reader's language choice and speaker filter:
/// <c>/episodes/{slug}/export.md|.vtt|.srt|.txt|.json</c> (?lang=zh|en|both&amp;hide=…) and <c>export.chapters.json</c>.
/// </summary>
internal static class ExportEndpoints
{
    public sealed record Format(string Extension, string ContentType, Func<Transcript, ExportOptions, string> Write);

    public static readonly IReadOnlyList<Format> Formats =
    [
        new("md", MarkdownExport.ContentType, MarkdownExport.Write),
        new("vtt", WebVttExport.ContentType, WebVttExport.Write),
        new("srt", SrtExport.ContentType, SrtExport.Write),
        new("txt", PlainTextExport.ContentType, PlainTextExport.Write),
        new("json", PodcastJsonExport.TranscriptContentType, PodcastJsonExport.Transcript),
        new("chapters.json", PodcastJsonExport.ChaptersContentType, (transcript, _) => PodcastJsonExport.Chapters(transcript)),
    ];

    public static void MapExports(this IEndpointRouteBuilder app)
    {
        foreach (var format in Formats)
        {
            app.MapGet($"/episodes/{{slug}}/export.{format.Extension}", async (string slug, string? lang, string? hide,
                IDbContextFactory<ReaderDbContext> dbFactory, HttpContext context) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(context.RequestAborted);
                var transcript = await db.LoadTranscriptAsync(slug, context.RequestAborted);
                if (transcript is null)
                    return Results.NotFound();

                var body = format.Write(transcript, ExportOptions.From(lang, hide));
                var suffix = lang is "zh" or "en" ? "." + lang : "";
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{slug}{suffix}.{format.Extension}\"";
                return Results.Text(body, format.ContentType);
            });
        }
    }
}
