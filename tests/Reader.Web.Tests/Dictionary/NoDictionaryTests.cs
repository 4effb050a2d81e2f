using System.Net;
using System.Text.Json;
using Reader.Web.Tests.Http;

namespace Reader.Web.Tests.Dictionary;

/// <summary>The app where the dictionary package is not installed: it serves, and lookups say so.</summary>
public class NoDictionaryTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    [Theory]
    [InlineData($"/api/lookup?episode={ReaderHost.SeedSlug}&segment=1&lang=zh&at=0")]
    [InlineData($"/episodes/{ReaderHost.SeedSlug}/pinyin.json")]
    public async Task LookupsAnswerThatTheDictionaryIsNotInstalled(string path)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("not installed", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task NoRetryAfterIsSentSinceNoImportIsScheduled()
    {
        using var response = await host.Client.GetAsync($"/episodes/{ReaderHost.SeedSlug}/pinyin.json");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task TheReaderStillServes()
    {
        using var response = await host.Client.GetAsync(ReaderHost.Reader);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
