namespace Reader.Web.Tests.Http;

public sealed class SecurityHeadersTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", ReaderHost.Reader)]
    [InlineData("GET", ReaderHost.Reader + "?toggle=Speaker%200")]
    [InlineData("GET", ReaderHost.Reader + "/export.json")]
    [InlineData("GET", ReaderHost.Reader + "/speakers.css")]
    [InlineData("GET", "/app.css")]
    [InlineData("GET", "/search?q=AGI")]
    [InlineData("GET", "/no-such-page")]
    [InlineData("HEAD", ReaderHost.Reader)]
    [InlineData("POST", "/")]
    public async Task Every_response_carries_the_security_headers_and_one_policy(string method, string path)
    {
        using var response = await host.SendAsync(new HttpMethod(method), path, ("Accept-Encoding", "gzip"));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_policy_lets_only_the_apps_own_scripts_styles_and_connections_run()
    {
        // The reader page adds its player's frame and media sources to this (PlayerPolicyTests).
        using var response = await host.Client.GetAsync("/");

        var directives = Assert.Single(response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "base-uri 'self'", "connect-src 'self'", "default-src 'self'", "font-src 'self'", "form-action 'self'",
                "frame-ancestors 'none'", "img-src 'self' data:", "object-src 'none'", "script-src 'self'", "style-src 'self'",
            ],
            directives);
    }
}
