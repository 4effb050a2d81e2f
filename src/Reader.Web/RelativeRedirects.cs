namespace Reader.Web;

/// <summary>
/// Makes redirects to this site relative. Blazor builds a redirect's address from the request's
/// <c>Host</c> header, which the client chooses; a relative <c>Location</c> carries none of it.
/// </summary>
internal static class RelativeRedirects
{
    public static IApplicationBuilder UseRelativeRedirects(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (headers.Location.Count == 1 && Relative(context.Request, headers.Location.ToString()) is { } location)
                headers.Location = location;
            return Task.CompletedTask;
        });
        await next();
    });

    /// <summary>The path, query and fragment of an absolute address at the request's own origin; otherwise null.</summary>
    internal static string? Relative(HttpRequest request, string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        var origin = $"{request.Scheme}://{request.Host.Value}";
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var own) || Uri.Compare(uri, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            return null;
        return uri.PathAndQuery + uri.Fragment;
    }
}
