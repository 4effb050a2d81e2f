namespace Reader.Web.Library;

/// <summary>The owner's sign-in form posts here (<c>/owner</c> is the page); signing out clears the cookie.</summary>
internal static class OwnerEndpoints
{
    public static void MapOwnerSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/owner/sign-in", async (HttpContext context, OwnerAccess access, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Text("This form has expired. Reload the page and try again.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var back = LocalReturn(form["return"]);
            return access.SignIn(context, form["key"])
                ? SiteRedirect.To(context, back)
                : SiteRedirect.To(context, $"owner?failed=1&return={Uri.EscapeDataString("/" + back)}");
        }).DisableAntiforgery();
        app.MapPost("/owner/sign-out", async (HttpContext context, OwnerAccess access, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Text("This form has expired. Reload the page and try again.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            access.SignOut(context);
            return SiteRedirect.To(context, "./");
        }).DisableAntiforgery();
    }

    /// <summary>A path of this site to go back to, never another site's address.</summary>
    public static string LocalReturn(string? path) =>
        path is { Length: > 1 and < 2048 } && path[0] == '/' && path[1] is not ('/' or '\\') && !path.Contains("://", StringComparison.Ordinal) && !path.Any(char.IsControl)
            ? path.TrimStart('/')
            : "./";
}
