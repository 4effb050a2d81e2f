using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;

namespace Reader.Web.Library;

/// <summary>
/// Who may change the library (import, edit, delete): its owner. With no <c>Reader:OwnerKey</c> configured, the
/// owner is whoever sits at this machine (requests from the loopback address); with a key, only a request that
/// presents it, as the sign-in form's cookie (HttpOnly, SameSite=Strict) or an <c>Authorization: Bearer</c>
/// header for scripts, from any address, loopback included. Reading stays open to everyone.
/// </summary>
public sealed class OwnerAccess(IConfiguration configuration, IDataProtectionProvider protection, ILogger<OwnerAccess> logger)
{
    public const string KeySetting = "Reader:OwnerKey";
    public const string CookieName = "reader-owner";

    private readonly string? key = string.IsNullOrWhiteSpace(configuration[KeySetting]) ? null : configuration[KeySetting]!.Trim();
    private readonly IDataProtector protector = protection.CreateProtector("Reader.OwnerCookie");

    /// <summary>Whether a key is configured, so that signing in means something.</summary>
    public bool HasKey => key is not null;

    /// <summary>Whether this request comes from the library's owner.</summary>
    public bool IsOwner(HttpContext context)
    {
        if (key is null)
            return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Matches(authorization["Bearer ".Length..].Trim());
        return context.Request.Cookies[CookieName] is { Length: > 0 and < 4096 } cookie && CookieIsValid(cookie);
    }

    /// <summary>The key a sign-in form sent, if it is the owner's; then the browser gets the owner's cookie.</summary>
    public bool SignIn(HttpContext context, string? presented)
    {
        if (key is null || presented is null || !Matches(presented.Trim()))
        {
            logger.LogWarning("Owner sign-in refused from {Address}", context.Connection.RemoteIpAddress);
            return false;
        }
        context.Response.Cookies.Append(CookieName, protector.Protect(KeyFingerprint()), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(30),
            IsEssential = true,
            Path = "/",
        });
        logger.LogInformation("Owner signed in from {Address}", context.Connection.RemoteIpAddress);
        return true;
    }

    public void SignOut(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });

    /// <summary>
    /// Whether a write request is the owner's own doing and not another site's: a form of this site carries its
    /// antiforgery token; a script (no browser's <c>Origin</c>, or a bearer key) needs none, since another site
    /// can neither leave out the Origin header nor know the key.
    /// </summary>
    public async Task<bool> IsNotForgedAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return true;
        if (context.Request.HasFormContentType && (await context.Request.ReadFormAsync(context.RequestAborted)).ContainsKey("__RequestVerificationToken")
            || context.Request.Headers.ContainsKey("RequestVerificationToken"))
            return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
        return !context.Request.Headers.ContainsKey("Origin");
    }

    private bool CookieIsValid(string cookie)
    {
        try
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(protector.Unprotect(cookie)), Encoding.UTF8.GetBytes(KeyFingerprint()));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    // The cookie holds a fingerprint of the key, so that a new key signs every browser out.
    private string KeyFingerprint() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("reader-owner\0" + key)));

    private bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(key!)));
}
