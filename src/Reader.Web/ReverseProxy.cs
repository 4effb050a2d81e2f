using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Reader.Web.Library;

namespace Reader.Web;

/// <summary>
/// The app behind a reverse proxy (nginx on the same machine, src/Reader.Web/deploy/nginx-reader.conf): the
/// <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> headers are believed from the known proxies only
/// (<c>Reader:KnownProxies</c>, a list of IP addresses; by default loopback), so that a request's remote
/// address is the client's. That matters to the owner rule (<see cref="OwnerAccess"/>): with no owner key,
/// loopback may write, and through a proxy on this machine every request would otherwise come from loopback.
/// From any other address the headers are ignored, so a client cannot claim to be loopback.
/// <c>Reader:PublicOrigin</c> (e.g. <c>https://reader.example.org</c>), when set, is the only <c>Host</c> the app
/// answers besides the loopback names a local probe uses, and the origin of its absolute addresses (<see cref="PublicAddress"/>).
/// </summary>
internal static class ReverseProxy
{
    public const string KnownProxiesSetting = "Reader:KnownProxies";
    public const string PublicOriginSetting = "Reader:PublicOrigin";

    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static void AddReverseProxyHeaders(this WebApplicationBuilder builder)
    {
        var proxies = KnownProxies(builder.Configuration, out _);
        var publicHost = PublicOrigin(builder.Configuration, out _)?.Host;
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The defaults trust 127.0.0.0/8 and ::1; the configured list replaces them whole.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
                options.KnownProxies.Add(proxy);
            if (publicHost is not null)
                options.AllowedHosts = [publicHost];
        });
        if (publicHost is not null && builder.Configuration["AllowedHosts"] is null or "" or "*")
            builder.Services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = [publicHost, .. LoopbackHosts]);
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address, scheme and host.</summary>
    public static void UseReverseProxyHeaders(this WebApplication app) => app.UseForwardedHeaders();

    /// <summary>
    /// False when a setting cannot be used (the reason logged in one line); a Warning when the app looks deployed
    /// (a public origin) but anyone on this machine, or a misconfigured proxy's clients, could write.
    /// </summary>
    public static bool CheckReverseProxySettings(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReverseProxy).FullName!);
        KnownProxies(app.Configuration, out var badProxy);
        var origin = PublicOrigin(app.Configuration, out var badOrigin);
        if (badProxy is not null)
            logger.LogError("{Setting} holds '{Value}', which is not an IP address; the app does not start", KnownProxiesSetting, badProxy);
        if (badOrigin is not null)
            logger.LogError("{Setting} is '{Value}', not an http(s) origin such as https://reader.example.org; the app does not start", PublicOriginSetting, badOrigin);
        if (badProxy is not null || badOrigin is not null)
            return false;
        if (origin is not null && string.IsNullOrWhiteSpace(app.Configuration[OwnerAccess.KeySetting]))
            logger.LogWarning("{Setting} is {Origin} but no {KeySetting} is set: whoever reaches the app from this machine without a proxy may import, edit and delete; set Reader__OwnerKey",
                PublicOriginSetting, origin.GetLeftPart(UriPartial.Authority), OwnerAccess.KeySetting);
        return true;
    }

    private static List<IPAddress> KnownProxies(IConfiguration configuration, out string? bad)
    {
        bad = null;
        // A list (Reader__KnownProxies__0=…) or one value with commas (Reader__KnownProxies=10.0.0.2,10.0.0.3).
        var section = configuration.GetSection(KnownProxiesSetting);
        var configured = (section.Value is { } one ? one.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
            .Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (configured.Count == 0)
            return [IPAddress.Loopback, IPAddress.IPv6Loopback];
        var proxies = new List<IPAddress>();
        foreach (var value in configured)
        {
            if (IPAddress.TryParse(value.Trim(), out var address))
                proxies.Add(address);
            else
                bad ??= value;
        }
        return proxies;
    }

    private static Uri? PublicOrigin(IConfiguration configuration, out string? bad)
    {
        bad = null;
        if (configuration[PublicOriginSetting]?.Trim() is not { Length: > 0 } value)
            return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var origin) && origin.Scheme is "http" or "https" && origin.AbsolutePath == "/")
            return origin;
        bad = value;
        return null;
    }
}
