using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Reader.Web.Episodes;

/// <summary>
/// Serves <see cref="EpisodeTiming"/> at <c>/episodes/{slug}/timing.json</c>, from the episode as the reader
/// holds it (<see cref="EpisodeCatalog"/>), built once per loaded episode. The address has no version and the
/// times must match the page's, so browsers revalidate (<c>no-cache</c>) and get a 304 while it is unchanged.
/// </summary>
internal static class TimingEndpoint
{
    private static readonly ConditionalWeakTable<EpisodeView, Body> Bodies = new();

    public static void MapTiming(this IEndpointRouteBuilder app) =>
        app.MapGet("/episodes/{slug}/timing.json", async (string slug, EpisodeCatalog catalog, HttpContext context) =>
        {
            var episode = await catalog.FindAsync(slug, context.RequestAborted);
            if (episode is null)
                return Results.NotFound();

            var body = Bodies.GetValue(episode, view =>
            {
                var json = EpisodeTiming.Json(view);
                return new Body(json, $"\"{Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 8))}\"");
            });
            var headers = context.Response.Headers;
            headers.CacheControl = "no-cache";
            headers.ETag = body.ETag;
            if (context.Request.Headers.IfNoneMatch.ToString().Contains(body.ETag, StringComparison.Ordinal))
                return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Bytes(body.Json, "application/json");
        });

    private sealed record Body(byte[] Json, string ETag);
}
