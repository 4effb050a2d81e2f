using Reader.Storage;

namespace Reader.Web.Library;

/// <summary>
/// Every write (import, edit, delete) asks first whether the database can be written: a read-only, damaged or
/// vanished file is answered 503 with what is wrong and what to do (JSON for scripts), not with SQLite's exception.
/// </summary>
internal sealed class WritableDatabase(DatabaseWatch watch, DatabaseFile database, ILogger<WritableDatabase> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        if (watch.CheckNow())
            return await next(invocation);

        var context = invocation.HttpContext;
        logger.LogWarning("Refused {Method} {Path}: {Database} {Problem}", context.Request.Method, context.Request.Path.Value, database.Path, database.Problem);
        var message = Refusal(database);
        return OwnerOnly.WantsJson(context)
            ? Results.Json(new { errors = new[] { new { file = "", line = 0, message } } }, statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static string Refusal(DatabaseFile database) => $"The library cannot be changed now: its database {database.Problem}";
}
