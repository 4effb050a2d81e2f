namespace Reader.Web.Library;

/// <summary>A redirect to a page of this site by its path from the site's base (<c>import?…</c>), whatever address the form was posted to.</summary>
internal static class SiteRedirect
{
    public static IResult To(HttpContext context, string path) =>
        Results.Redirect($"{context.Request.PathBase}/{path.TrimStart('.', '/')}");
}
