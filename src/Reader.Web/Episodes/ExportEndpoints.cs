using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Transcripts.Exports;

namespace Reader.Web.Episodes;

/// <summary>
/// Downloads of an episode in the reader's language choice and speaker filter, one per <see cref="ExportFormat"/>:
/// <c>/episodes/{slug}/export.md|.vtt|.srt|.txt|.json</c> (?lang=zh|en|both&amp;hide=…) and <c>export.chapters.json</c>.
/// </summary>
internal static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app)
    {
        foreach (var format in ExportFormat.All)
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
