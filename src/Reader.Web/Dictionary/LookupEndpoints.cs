using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Reader.Web.Episodes;

namespace Reader.Web.Dictionary;

/// <summary>
/// <c>GET /api/lookup?episode={slug}&amp;segment={n}&amp;lang=zh|en&amp;at={i}</c> (see <see cref="WordLookup"/>) and
/// <c>GET /episodes/{slug}/pinyin.json</c> (see <see cref="EpisodePinyin"/>). Errors are <c>{ "error": "…" }</c>:
/// 400 for a bad or missing parameter or an offset outside the line, 404 for an unknown episode or segment,
/// 503 while the dictionary is not there (with <c>Retry-After</c> when a new try of its import is scheduled).
/// </summary>
internal static class LookupEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void MapLookups(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/lookup", Lookup);
        app.MapGet("/episodes/{slug}/pinyin.json", async (string slug, EpisodeCatalog catalog, DictionaryState state, HttpContext context) =>
        {
            if (await catalog.FindAsync(slug, context.RequestAborted) is not { } episode)
                return Error(StatusCodes.Status404NotFound, "No such episode.");
            if (state.Lexicon is not { } lexicon)
                return Unavailable(state, context);
            return Results.Bytes(EpisodePinyin.For(episode, lexicon), "application/json; charset=utf-8");
        });
    }

    private static async Task<IResult> Lookup(HttpContext context, EpisodeCatalog catalog, DictionaryState state, WordLookup lookup)
    {
        var query = context.Request.Query;
        string? slug = query["episode"];
        string? lang = query["lang"];
        if (string.IsNullOrEmpty(slug))
            return Error(StatusCodes.Status400BadRequest, "Missing episode: give the episode's slug, ?episode=….");
        if (Number(query["segment"]) is not { } ordinal)
            return Error(StatusCodes.Status400BadRequest, "segment must be a segment's number (N in #s-N).");
        if (lang is not ("zh" or "en"))
            return Error(StatusCodes.Status400BadRequest, "lang must be zh or en.");
        if (Number(query["at"]) is not { } at)
            return Error(StatusCodes.Status400BadRequest, "at must be an offset into the segment's line, in UTF-16 code units (0 or more).");

        if (await catalog.FindAsync(slug, context.RequestAborted) is not { } episode)
            return Error(StatusCodes.Status404NotFound, "No such episode.");
        if (episode.Row(ordinal) is not { } row)
            return Error(StatusCodes.Status404NotFound, $"The episode has no segment {ordinal}.");
        var text = lang == "zh" ? row.Zh : row.En;
        if (text is null)
            return Error(StatusCodes.Status400BadRequest, $"Segment {ordinal} has no {(lang == "zh" ? "Chinese" : "English")} line.");
        if (at >= text.Length)
            return Error(StatusCodes.Status400BadRequest, $"at must be below {text.Length}, the length of the line in UTF-16 code units.");
        if (state.Lexicon is not { } lexicon)
            return Unavailable(state, context);

        var result = lang == "zh" ? lookup.Chinese(lexicon, text, row.En, at) : lookup.English(lexicon, text, row.Zh, at);
        return Results.Json(result, Json);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    // Retry-After only when a try is scheduled, and the seconds until it: a client told to come back in 10 s
    // when nothing will have changed (not installed, or an import still running) only comes back for nothing.
    private static IResult Unavailable(DictionaryState state, HttpContext context)
    {
        if (state.RetryAt is not { } retryAt)
            return Error(StatusCodes.Status503ServiceUnavailable, state.Unavailable);
        var seconds = Math.Max(1, (int)Math.Ceiling((retryAt - DateTimeOffset.UtcNow).TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status503ServiceUnavailable, $"{state.Unavailable} It is tried again in {seconds} s.");
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, Json, statusCode: status);
}
