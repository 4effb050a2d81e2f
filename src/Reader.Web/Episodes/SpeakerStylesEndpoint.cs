using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Reader.Web.Episodes;

/// <summary>
/// Serves an episode's speaker stylesheet (<see cref="SpeakerStyles"/>) at <c>/episodes/{slug}/speakers.css</c>.
/// Pages link it with its content's version (<c>?v=</c>), which can be cached for good; the address without
/// the current version (or with an old one) is cached briefly, since the next import may change it.
/// </summary>
internal static class SpeakerStylesEndpoint
{
    private const string ShortCache = "public, max-age=300";
    private const string Immutable = "public, max-age=31536000, immutable";

    private static readonly ConditionalWeakTable<string, string> Versions = new();

    /// <summary>The stylesheet's address for a page to link: relative, with the content's version.</summary>
    public static string UrlFor(EpisodeView episode) =>
        $"episodes/{Uri.EscapeDataString(episode.Slug)}/speakers.css?v={VersionOf(episode.SpeakerStyles)}";

    public static void MapSpeakerStyles(this IEndpointRouteBuilder app) =>
        app.MapGet("/episodes/{slug}/speakers.css", async (string slug, string? v, EpisodeCatalog catalog, HttpContext context) =>
        {
            var episode = await catalog.FindAsync(slug, context.RequestAborted);
            if (episode is null)
                return Results.NotFound();

            var version = VersionOf(episode.SpeakerStyles);
            var headers = context.Response.Headers;
            headers.CacheControl = v == version ? Immutable : ShortCache;
            headers.ETag = $"\"{version}\"";
            if (context.Request.Headers.IfNoneMatch.ToString().Contains(headers.ETag.ToString(), StringComparison.Ordinal))
                return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Text(episode.SpeakerStyles, "text/css; charset=utf-8");
        });

    private static string VersionOf(string css) => Versions.GetValue(css, text =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8)));
}
