namespace Reader.Web.Episodes;

/// <summary>
/// Where the reader's YouTube player is framed from: <c>Reader:YouTubeEmbedOrigin</c>, by default
/// <see cref="DefaultYouTubeOrigin"/> (the embed that sets no cookies until play). Tests point it at their own host.
/// The page names it in <c>data-embed-origin</c> and the reader page's policy allows frames from it alone.
/// </summary>
public sealed record PlayerEmbed(string YouTubeOrigin)
{
    public const string DefaultYouTubeOrigin = "https://www.youtube-nocookie.com";

    public const string SettingName = "Reader:YouTubeEmbedOrigin";

    public static PlayerEmbed Default { get; } = new(DefaultYouTubeOrigin);

    /// <summary>The configured origin; anything but a bare http(s) origin stops the start (it goes into a policy header).</summary>
    public static PlayerEmbed From(IConfiguration configuration)
    {
        var value = configuration[SettingName];
        if (string.IsNullOrWhiteSpace(value))
            return Default;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.PathAndQuery != "/" || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
            throw new InvalidOperationException($"{SettingName} must be an origin such as {DefaultYouTubeOrigin}, found '{value}'");
        return new PlayerEmbed(uri.GetLeftPart(UriPartial.Authority));
    }
}
