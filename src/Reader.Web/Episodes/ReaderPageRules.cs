using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Reader.Storage.Search;

namespace Reader.Web.Episodes;

/// <summary>
/// The reader page's HTTP rules, decided before the page renders, so that <c>EpisodePage.razor</c> only composes:
/// <list type="bullet">
/// <item>an address it cannot render as asked goes on to what was understood: a pasted find query past
/// <see cref="SearchQuery.MaxLength"/> is cut, a <c>hide=</c> longer than all the episode's labels keeps only those, and a speaker chip's form (<c>?toggle=Speaker 1</c>, submitted
/// before the circuit connects or without JavaScript) flips that speaker;</item>
/// <item>the mode in the address is remembered in a cookie for the episode's path, and a page load that comes
/// from this site's own pages with no mode is sent on to it (see <see cref="RememberedMode"/>);</item>
/// <item>the page's content-security policy lets its player play the episode's media.</item>
/// </list>
/// </summary>
internal static class ReaderPageRules
{
    public static IApplicationBuilder UseReaderPageRules(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) && SlugOf(context.Request.Path) is { } slug
            && await context.RequestServices.GetRequiredService<EpisodeCatalog>().FindAsync(slug, context.RequestAborted) is { } episode)
        {
            if (Redirect(context, episode) is { } location)
            {
                context.Response.Redirect(location);
                return;
            }
            // The page renders the episode found here, not one looked up again.
            context.Items[typeof(EpisodeView)] = episode;
            var player = PlayerMedia.For(episode);
            var embed = context.RequestServices.GetRequiredService<PlayerEmbed>();
            context.AllowPlayer(player is PlayerMedia.YouTube ? embed.YouTubeOrigin : null, (player as PlayerMedia.File)?.Origin);
        }
        await next();
    });

    /// <summary><c>/episodes/{slug}</c> and nothing after it: the reader page's own address.</summary>
    private static string? SlugOf(PathString path) =>
        path.StartsWithSegments("/episodes", out var rest) && rest.Value is { Length: > 1 } value && value.IndexOf('/', 1) < 0
            ? Uri.UnescapeDataString(value[1..])
            : null;

    private static string? Redirect(HttpContext context, EpisodeView episode)
    {
        var query = context.Request.Query;
        var labels = episode.Speakers.Select(s => s.Label).ToList();
        var (lang, learn, hide, find, toggle) = (query["lang"].ToString(), query["learn"].ToString(), query["hide"].ToString(), query["q"].ToString(), query["toggle"].ToString());
        var mode = ReadingMode.FromQuery(Value(lang), Value(learn), Value(hide), labels);
        var segment = int.TryParse(query["s"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && episode.Row(s) is not null ? s : (int?)null;
        var moment = Moment(query["t"]);

        // A hide= longer than every label of the episode holds more than speakers, and every chapter link would echo it.
        if (find.Length > SearchQuery.MaxLength || query.ContainsKey("toggle") || hide.Length > ReadingMode.LongestHide(labels))
        {
            var next = labels.Contains(toggle) ? mode.Toggle(toggle) : mode;
            return Address(context, episode, next, find.Length > SearchQuery.MaxLength ? SearchQuery.Parse(find).Text : Value(find), null, moment);
        }
        if (query.ContainsKey("lang") || query.ContainsKey("learn") || query.ContainsKey("hide"))
        {
            RememberedMode.Keep(context, episode.Slug, mode);
            return null;
        }
        return RememberedMode.For(context, labels) is { } remembered
            ? Address(context, episode, remembered, Value(find), segment, moment)
            : null;
    }

    /// <summary>
    /// The reader's address for a mode, a find query, a shared segment and a moment: nothing else of the
    /// request's query goes along.
    /// </summary>
    private static string Address(HttpContext context, EpisodeView episode, ReadingMode mode, string? find, int? segment, double? moment) =>
        $"{context.Request.PathBase}/episodes/{Uri.EscapeDataString(episode.Slug)}?{mode.QueryString}"
        + (string.IsNullOrEmpty(find) ? "" : "&q=" + Uri.EscapeDataString(find))
        + (segment is { } n ? $"&s={n}" : "")
        + (moment is { } t ? "&t=" + t.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>A moment asked for by <c>?t=</c>, in seconds, or null.</summary>
    public static double? Moment(string? t) =>
        double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds) ? seconds : null;

    private static string? Value(string text) => text.Length == 0 ? null : text;
}

/// <summary>
/// Without JavaScript a turn's time link (<c>episodes/{slug}#s-N</c>: shared markup, which cannot carry each
/// reader's query) arrives with no mode. The mode this browser last read the episode in is kept in a cookie for
/// the episode's path (written here, and by ReaderToolbar.razor.js), and a page load that comes from this site's
/// own pages with no mode is sent on to it; the browser keeps the <c>#s-N</c> across the redirect. An address
/// typed, opened from a bookmark or from another site shows just what it says.
/// </summary>
internal static class RememberedMode
{
    public static void Keep(HttpContext context, string slug, ReadingMode mode) =>
        context.Response.Cookies.Append(ReadingMode.CookieName, mode.QueryString, new CookieOptions
        {
            Path = $"/episodes/{Uri.EscapeDataString(slug)}",
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });

    /// <summary>The remembered mode, when this load comes from the site's own pages and one other than the default is kept.</summary>
    public static ReadingMode? For(HttpContext context, IReadOnlyCollection<string> speakers)
    {
        var headers = context.Request.Headers;
        if (headers["Sec-Fetch-Site"] != "same-origin" || headers["Sec-Fetch-Mode"] != "navigate")
            return null;
        if (context.Request.Cookies[ReadingMode.CookieName] is not { Length: > 0 and < 2048 } saved)
            return null;
        var values = QueryHelpers.ParseQuery(saved);
        var remembered = ReadingMode.FromQuery(values.GetValueOrDefault("lang"), values.GetValueOrDefault("learn"), values.GetValueOrDefault("hide"), speakers);
        return remembered.QueryString != ReadingMode.Default.QueryString ? remembered : null;
    }
}
