using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Storage.Library;
using Reader.Web.Episodes;

namespace Reader.Web.Library;

/// <summary>
/// An episode's own files over HTTP: its media (<c>/episodes/{slug}/media</c>, with range requests, for the
/// player) and deleting it (<c>DELETE /episodes/{slug}</c>, or the edit page's form), files and all.
/// </summary>
internal static class EpisodeEndpoints
{
    public static void MapEpisodeFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/episodes/{slug}/media", async (string slug, EpisodeCatalog catalog, HttpContext context) =>
        {
            var episode = await catalog.FindAsync(slug, context.RequestAborted);
            if (episode?.Media?.File is not { } path || !File.Exists(path))
                return Results.NotFound();
            // Media is the same bytes until the episode is imported again with another file: revalidate by its date.
            context.Response.Headers.CacheControl = "no-cache";
            return Results.File(path, episode.Media.ContentType ?? "application/octet-stream", enableRangeProcessing: true,
                lastModified: File.GetLastWriteTimeUtc(path));
        });

        // A script's call (the edit page's form posts below): its 403 and 404 are answers, not pages, since the
        // status pages would re-run the DELETE at /not-found, which takes GET and POST only, and answer 405.
        app.MapDelete("/episodes/{slug}", async (string slug, EpisodeDeletion deletion, HttpContext context) =>
            await deletion.DeleteAsync(slug, context.RequestAborted) ? Results.NoContent() : Results.NotFound())
            .AddEndpointFilter<OwnerOnly>().AddEndpointFilter<WritableDatabase>().WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute());

        // The edit page's confirmation form: browsers send forms as POST.
        app.MapPost("/episodes/{slug}/delete", async (string slug, EpisodeDeletion deletion, HttpContext context) =>
        {
            // The form's "I understand" box; a browser without it asked nothing, so go back and ask.
            if ((await context.Request.ReadFormAsync(context.RequestAborted))["confirm"] != "yes")
                return SiteRedirect.To(context, $"episodes/{Uri.EscapeDataString(slug)}/edit");
            return await deletion.DeleteAsync(slug, context.RequestAborted) ? SiteRedirect.To(context, "?deleted=" + Uri.EscapeDataString(slug)) : Results.NotFound();
        })
            .AddEndpointFilter<OwnerOnly>().AddEndpointFilter<WritableDatabase>().DisableAntiforgery().WithOrder(-1);
    }
}

/// <summary>Deletes an episode: its rows and search entries, then its files (the source, its sidecars, its media).</summary>
public sealed class EpisodeDeletion(IDbContextFactory<ReaderDbContext> dbFactory, EpisodeImporter importer, LibraryFiles files, ILogger<EpisodeDeletion> logger)
{
    public async Task<bool> DeleteAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.Episodes.AsNoTracking().Where(e => e.Slug == slug).Select(e => e.SourceFile).FirstOrDefaultAsync(cancellationToken);
        if (key is null)
            return false;
        // The files first: an episode whose files are gone would come back at no import, but files without a row
        // would come back at the next start.
        if (files.Find(key) is { } source)
            files.Delete(source);
        importer.Remove(key);
        logger.LogInformation("Deleted {Episode} and its files ({Source})", slug, key);
        return true;
    }
}
