namespace Reader.Web;

/// <summary>
/// Headers that keep untrusted transcript text harmless even if something slipped through encoding: only
/// the app's own scripts and styles run, the page cannot be framed, and other sites learn nothing of it.
/// The reader page alone widens the policy by what its player needs (<see cref="AllowPlayer"/>).
/// </summary>
internal static class SecurityHeaders
{
    // Blazor Server needs only its own script and a WebSocket back to this origin ('self' covers ws: here).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly object PlayerSources = new();

    /// <summary>
    /// Lets this response's page play its episode: frames from <paramref name="frameOrigin"/> (the YouTube embed,
    /// when that is the episode's media) and media from this site (media served at <c>/episodes/{slug}/media</c>),
    /// from <c>blob:</c> (a file from the reader's own device, played through an object URL, never uploaded) and
    /// from <paramref name="mediaOrigin"/> (the episode's audio or video file). Both origins are checked where they
    /// come from (<see cref="Episodes.PlayerEmbed"/>, the media sidecar). Takes effect as the response starts.
    /// </summary>
    public static void AllowPlayer(this HttpContext context, string? frameOrigin, string? mediaOrigin) =>
        context.Items[PlayerSources] = (frameOrigin is null ? "" : $"; frame-src {frameOrigin}") + $"; media-src 'self' blob:{(mediaOrigin is null ? "" : " " + mediaOrigin)}";

    /// <summary>
    /// Sets the headers as the response starts, so that nothing on the way (an error page that clears the
    /// response, a framework default) can drop one or send a second policy.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy + (context.Items.TryGetValue(PlayerSources, out var player) ? (string)player! : "");
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        await next();
    });
}
