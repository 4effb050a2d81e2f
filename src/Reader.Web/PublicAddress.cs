namespace Reader.Web;

/// <summary>
/// Absolute addresses of this site's pages, for the canonical link and the Open Graph tags, which must be
/// absolute. The origin is <c>Reader:PublicOrigin</c> when configured (e.g. <c>https://reader.example</c>),
/// so that a request's <c>Host</c> header cannot choose it; otherwise the request's own origin.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration)
{
    private readonly string? configured = configuration[ReverseProxy.PublicOriginSetting]?.TrimEnd('/') is { Length: > 0 } origin ? origin : null;

    /// <param name="relative">A page's address as the site's links write it, e.g. <c>episodes/slug?s=3</c>.</param>
    public string For(HttpRequest? request, string relative)
    {
        var origin = configured ?? (request is null ? "" : $"{request.Scheme}://{request.Host.Value}");
        return $"{origin}/{relative.TrimStart('/')}";
    }
}
