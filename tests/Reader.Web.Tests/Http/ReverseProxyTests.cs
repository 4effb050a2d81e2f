using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage.Tests.Library;
using Reader.Web.Tests.Library;
using Serilog.Core;
using Serilog.Events;

namespace Reader.Web.Tests.Http;

public sealed partial class ReverseProxyTests(OwnerHost local, ReverseProxyTests.ProxiedHost proxied) : IClassFixture<OwnerHost>, IClassFixture<ReverseProxyTests.ProxiedHost>
{
    private const string Client = "203.0.113.9";
    private const string UnknownProxy = "198.51.100.20";

    // With no owner key loopback may write, and a proxy on this machine sends every request from loopback: the
    // forwarded address decides, from a known proxy (by default loopback) only, and only its last hop.
    [Theory]
    [InlineData("127.0.0.1", Client, HttpStatusCode.Forbidden)]
    [InlineData("::1", Client, HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1", "127.0.0.1, " + Client, HttpStatusCode.Forbidden)]
    [InlineData(UnknownProxy, "127.0.0.1", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1", "127.0.0.1", HttpStatusCode.OK)]
    public async Task The_owner_rule_sees_the_address_a_known_proxy_forwards(string from, string forwardedFor, HttpStatusCode expected)
    {
        var name = $"proxied-{Guid.NewGuid():N}";

        using var response = await ImportAsync(local, name, (OwnerHost.RemoteAddressHeader, from), ("X-Forwarded-For", forwardedFor));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, local.SourceFolders().Contains(name));
    }

    [Theory]
    [InlineData("127.0.0.1", "https://reader.example.net/")]
    [InlineData(UnknownProxy, "http://localhost/")]
    public async Task Absolute_addresses_take_the_scheme_and_host_a_known_proxy_forwards(string from, string canonical)
    {
        using var response = await local.SendAsync(HttpMethod.Get, "/",
            (OwnerHost.RemoteAddressHeader, from), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "reader.example.net"));

        Assert.Equal(canonical, Canonical(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_configured_proxy_replaces_loopback_as_the_one_believed()
    {
        var name = $"proxied-{Guid.NewGuid():N}";

        using var response = await ImportAsync(proxied, name, (OwnerHost.RemoteAddressHeader, UnknownProxy), ("X-Forwarded-For", "127.0.0.1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("reader.example.org", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("elsewhere.example", HttpStatusCode.BadRequest)]
    public async Task With_a_public_origin_the_app_answers_that_host_and_loopback_names_only(string host, HttpStatusCode expected)
    {
        using var response = await proxied.SendAsync(HttpMethod.Get, "/", ("Host", host));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
            Assert.Equal("https://reader.example.org/", Canonical(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public void A_public_origin_without_an_owner_key_is_one_warning_at_start()
    {
        var warnings = proxied.Sink.Events.Where(e => e.Level == LogEventLevel.Warning && e.RenderMessage().Contains("Reader:OwnerKey", StringComparison.Ordinal));

        var warning = Assert.Single(warnings);
        Assert.Contains("https://reader.example.org", warning.RenderMessage(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ImportAsync(OwnerHost host, string name, params (string Name, string Value)[] headers) =>
        OwnerHost.PostFilesAsync(host.Client, "/import", [($"{name}.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual()))], [],
            [("Accept", "application/json"), .. headers]);

    private static string Canonical(string page) => CanonicalLink().Match(page).Groups[1].Value;

    [GeneratedRegex(@"<link rel=""canonical"" href=""([^""]*)""")]
    private static partial Regex CanonicalLink();

    /// <summary>Deployed behind a proxy at another address, with a public origin and no owner key.</summary>
    public sealed class ProxiedHost : OwnerHost
    {
        public CollectingSink Sink { get; } = new();

        protected override void Configure(IWebHostBuilder web, string seeds)
        {
            base.Configure(web, seeds);
            web.UseSetting("Reader:KnownProxies", UnknownProxy);
            web.UseSetting("Reader:PublicOrigin", "https://reader.example.org");
            web.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Sink));
        }
    }

    public sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public IEnumerable<LogEvent> Events => events;

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
