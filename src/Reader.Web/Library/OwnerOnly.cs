namespace Reader.Web.Library;

/// <summary>
/// The owner's writes: a request that may not write gets 403 (JSON for scripts, the sign-in page for browsers,
/// by the status pages); one that looks forged (another site's form, an expired token) gets 400.
/// </summary>
internal sealed class OwnerOnly(OwnerAccess access, ILogger<OwnerOnly> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (!access.IsOwner(context))
        {
            logger.LogWarning("Refused {Method} {Path} from {Address}: not the library's owner", context.Request.Method, context.Request.Path.Value, context.Connection.RemoteIpAddress);
            return WantsJson(context)
                ? Results.Json(new { errors = new[] { new { file = "", line = 0, message = Denied(access) } } }, statusCode: StatusCodes.Status403Forbidden)
                : Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        // A form past the limits (a header or body too long, a broken multipart) is the sender's mistake, said as one.
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException e)
            {
                logger.LogWarning("Refused {Method} {Path}: unreadable form: {Error}", context.Request.Method, context.Request.Path.Value, e.Message);
                var unreadable = $"expected a form within Reader's limits, found one it cannot read: {e.Message}";
                return WantsJson(context)
                    ? Results.Json(new { errors = new[] { new { file = "", line = 0, message = unreadable } } }, statusCode: StatusCodes.Status400BadRequest)
                    : Results.Text(unreadable, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
        }
        if (!await access.IsNotForgedAsync(context))
        {
            logger.LogWarning("Refused {Method} {Path}: no valid antiforgery token", context.Request.Method, context.Request.Path.Value);
            const string message = "This form has expired or came from another site. Reload the page and try again.";
            return WantsJson(context)
                ? Results.Json(new { errors = new[] { new { file = "", line = 0, message } } }, statusCode: StatusCodes.Status400BadRequest)
                : Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(invocation);
    }

    public static bool WantsJson(HttpContext context) =>
        context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    public static string Denied(OwnerAccess access) => access.HasKey
        ? "Only the library's owner may change it: sign in at /owner, or send the owner key as 'Authorization: Bearer <key>'."
        : "Only the library's owner may change it: with no owner key configured (Reader:OwnerKey), that is whoever uses this machine (requests from its loopback address).";
}
