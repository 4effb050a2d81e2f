namespace Reader.Web.Episodes;

/// <summary>Links into the source video at a given time, for the sites whose URLs can say so.</summary>
public static class VideoLinks
{
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
