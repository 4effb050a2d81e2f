using Reader.Storage;
using Reader.Web.Dictionary;
using Reader.Web.Library;

namespace Reader.Web;

/// <summary>
/// For a supervisor or a load balancer: <c>/healthz</c> answers 200 "ok" while the process serves;
/// <c>/readyz</c> answers 200 once the database is migrated and can be read (read-only included), 503 before
/// or when it cannot, with the database's state, the start's library import and the dictionary's state in
/// JSON. The dictionary is reported, not required: the site reads without it. Never cached; their requests
/// are logged at Debug (<see cref="RequestLogging"/>), since a probe every few seconds would fill the log.
/// </summary>
internal static class HealthEndpoints
{
    public const string Live = "/healthz";
    public const string Ready = "/readyz";

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(Live, (HttpContext context) =>
        {
            NoStore(context);
            return Results.Text("ok", "text/plain; charset=utf-8");
        });

        app.MapGet(Ready, (HttpContext context, DatabaseFile database, LibraryImportStatus library, DictionaryState dictionary) =>
        {
            NoStore(context);
            var ready = database.Condition is DatabaseCondition.Ready or DatabaseCondition.ReadOnly;
            return Results.Json(new
            {
                status = ready ? "ready" : "not-ready",
                database = new { state = StateName(database.Condition), problem = database.Problem },
                libraryImport = LibraryImportState(library),
                dictionary = DictionaryStateOf(dictionary),
            }, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }

    public static bool IsProbe(PathString path) =>
        path.Equals(Live, StringComparison.OrdinalIgnoreCase) || path.Equals(Ready, StringComparison.OrdinalIgnoreCase);

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    private static string StateName(DatabaseCondition condition) => condition switch
    {
        DatabaseCondition.Ready => "ready",
        DatabaseCondition.ReadOnly => "read-only",
        DatabaseCondition.Damaged => "damaged",
        DatabaseCondition.CannotOpen => "cannot-open",
        DatabaseCondition.Gone => "gone",
        _ => "starting",
    };

    private static object LibraryImportState(LibraryImportStatus library)
    {
        if (library.SkippedBecause is { } reason)
            return new { state = "skipped", reason };
        if (library.Progress is var (done, total))
            return new { state = "importing", done, total };
        return library.Completed.Status switch
        {
            TaskStatus.RanToCompletion => new { state = "done" },
            TaskStatus.Faulted => new { state = "failed", reason = library.Completed.Exception?.InnerException?.Message },
            _ => (object)new { state = "starting" },
        };
    }

    private static object DictionaryStateOf(DictionaryState dictionary)
    {
        if (dictionary.Lexicon is not null)
            return new { state = "ready" };
        return dictionary.Settled.IsCompleted
            ? new { state = "unavailable", reason = dictionary.Unavailable }
            : (object)new { state = "importing", reason = dictionary.Unavailable };
    }
}
