using Serilog;
using Serilog.Events;

namespace Reader.Web;

/// <summary>
/// One line per request, at a level by what a person reading the log needs: pages and exports at Information
/// with their time, client errors at Warning and server errors at Error, and the rest (the circuit's own
/// requests, the framework's scripts, static files, the speaker stylesheet, a word lookup per tap) at Debug,
/// where a reading session would otherwise write dozens of lines per page.
/// </summary>
internal static class RequestLogging
{
    private const string MessageTemplate = "{RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    /// <summary>nginx's "client closed request": the status a request the client gave up on is logged with.</summary>
    public const int ClientClosedRequest = 499;

    // What a page asks for by itself while it is read: the circuit, the framework's files, word lookups.
    private static readonly string[] PageTraffic = ["/_blazor", "/_framework", "/_content", "/api"];

    /// <summary>
    /// Logs each request once, as the client sent it: put before HEAD is answered as GET and before a status
    /// code page re-executes the request, so a HEAD logs as HEAD and a 404 as one line with its own path.
    /// </summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging(options =>
    {
        // This app's own logger, not the static one, which belongs to whichever app in the process set it last.
        options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        options.MessageTemplate = MessageTemplate;
        options.GetLevel = (context, _, exception) => LevelFor(context.Request.Path, context.Response.StatusCode, exception);
    }).Use(ClientHangUps);

    /// <summary>
    /// A client that hangs up (a closed tab, a proxy's time-out) cancels the request's work: that is not the
    /// server failing. Its cancellation stops here, inside the request log, which then logs it as 499 at
    /// Information, not as "responded 500" with a stack at Error; nor does the exception handler see it.
    /// </summary>
    private static async Task ClientHangUps(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            if (!context.Response.HasStarted)
                context.Response.StatusCode = ClientClosedRequest;
        }
    }

    public static LogEventLevel LevelFor(PathString path, int statusCode, Exception? exception) => (statusCode, exception) switch
    {
        _ when HealthEndpoints.IsProbe(path) => LogEventLevel.Debug,
        (_, not null) => LogEventLevel.Error,
        (ClientClosedRequest, _) => LogEventLevel.Information,
        // The dictionary answers 503 while it imports, for the first seconds after a first start: expected, and
        // its import logs its own start and end.
        (StatusCodes.Status503ServiceUnavailable, _) when IsDictionary(path) => LogEventLevel.Warning,
        (>= 500, _) => LogEventLevel.Error,
        (>= 400, _) => LogEventLevel.Warning,
        _ when IsExport(path) => LogEventLevel.Information,
        _ when PageTraffic.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)) => LogEventLevel.Debug,
        _ when Path.HasExtension(LastSegment(path)) => LogEventLevel.Debug,
        _ => LogEventLevel.Information,
    };

    // /episodes/{slug}/export.md and the other formats: a file name, but a download a person asked for.
    private static bool IsExport(PathString path) =>
        path.StartsWithSegments("/episodes", StringComparison.OrdinalIgnoreCase)
        && LastSegment(path).StartsWith("export.", StringComparison.OrdinalIgnoreCase);

    private static bool IsDictionary(PathString path) =>
        path.StartsWithSegments("/api/lookup", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/episodes", StringComparison.OrdinalIgnoreCase) && LastSegment(path).Equals("pinyin.json", StringComparison.OrdinalIgnoreCase));

    private static string LastSegment(PathString path)
    {
        var value = path.Value ?? "";
        return value[(value.LastIndexOf('/') + 1)..];
    }
}
