using System.Net;
using System.Text.Json;

namespace Reader.Web.Tests.Http;

public sealed class HealthEndpointTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    [Fact]
    public async Task LiveAnswersOkUncached()
    {
        using var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ReadyReportsTheDatabaseTheStartsImportAndTheDictionary()
    {
        using var response = await host.Client.GetAsync("/readyz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("ready", body.RootElement.GetProperty("database").GetProperty("state").GetString());
        Assert.Equal("done", body.RootElement.GetProperty("libraryImport").GetProperty("state").GetString());
        // No dictionary is installed for this host: reported, and still ready.
        Assert.Equal("unavailable", body.RootElement.GetProperty("dictionary").GetProperty("state").GetString());
    }
}
