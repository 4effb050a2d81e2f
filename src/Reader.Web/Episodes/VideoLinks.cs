namespace Reader.Web.Episodes;

/// <summary>Links into the source video at a given time, for the sites whose URLs can say so.</summary>
public static partial class VideoLinks
{
    // YouTube's video ids: eleven characters of the URL-safe base64 alphabet.
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial System.Text.RegularExpressions.Regex YouTubeVideoId();

    /// <summary>The video id of a YouTube watch, short, embed, shorts or live link, or null.</summary>
    public static string? YouTubeId(string? sourceUrl)
    {
        if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return null;
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var id = host switch
        {
            "youtu.be" => path.FirstOrDefault(),
            "youtube.com" or "www.youtube.com" or "m.youtube.com" when path is ["watch"] =>
                System.Web.HttpUtility.ParseQueryString(uri.Query)["v"],
            "youtube.com" or "www.youtube.com" or "m.youtube.com" when path is ["embed" or "shorts" or "live", var tail] => tail,
            _ => null,
        };
        return id is not null && YouTubeVideoId().IsMatch(id) ? id : null;
    }

    public static string? At(string? sourceUrl, int seconds)
    {
        if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return null;

        var host = uri.Host.ToLowerInvariant();
        if (host is not ("youtube.com" or "www.youtube.com" or "m.youtube.com" or "youtu.be"))
            return seconds == 0 ? uri.AbsoluteUri : null;

        // YouTube reads t=<seconds>s on both its long and its short links.
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("t=", StringComparison.Ordinal)));
        var builder = new UriBuilder(uri) { Query = (query.Length > 0 ? query + "&" : "") + $"t={seconds}s" };
        return builder.Uri.AbsoluteUri;
    }
}
