using System.Net;

namespace Reader.Web.Tests.Http;

public sealed class NotFoundPageTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/episodes/no-such-episode")]
    [InlineData("/episodes/no-such-episode?lang=en#s-3")]
    [InlineData("/episodes/no-such-episode/export.md")]
    [InlineData("/episodes/no-such-episode/speakers.css")]
    public async Task An_address_with_nothing_there_is_a_404_page_that_leads_back_to_the_library(string path)
    {
        using var response = await host.SendAsync(HttpMethod.Get, path, ("Accept", "text/html"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Not found · Reader</title>", html);
        Assert.Matches("<h1[^>]*>Page not found", html);
        Assert.Contains("There is no episode or page at this address.", html);
        Assert.Contains("Back to the library", html);
    }
}
