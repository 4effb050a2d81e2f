using System.Net;
using System.Text.RegularExpressions;

namespace Reader.Web.Tests.Http;

public sealed partial class SpeakerStylesTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    [Fact]
    public async Task The_reader_links_its_speaker_styles_at_a_versioned_address_cached_for_good()
    {
        var page = await host.Client.GetStringAsync(ReaderHost.Reader);
        var href = System.Net.WebUtility.HtmlDecode(StylesLink().Match(page).Groups[1].Value);
        Assert.Matches($"^episodes/{ReaderHost.SeedSlug}/speakers.css\\?v=[0-9a-f]{{16}}$", href);

        using var response = await host.Client.GetAsync("/" + href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("[data-speaker=\"Speaker 0\"]", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?v=0123456789abcdef")]
    public async Task The_stylesheet_without_its_current_version_is_cached_briefly(string query)
    {
        using var response = await host.Client.GetAsync($"{ReaderHost.Reader}/speakers.css{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_stylesheet_the_client_has_is_not_sent_again()
    {
        using var first = await host.Client.GetAsync($"{ReaderHost.Reader}/speakers.css");
        var tag = first.Headers.ETag!.Tag;

        using var again = await host.SendAsync(HttpMethod.Get, $"{ReaderHost.Reader}/speakers.css", ("If-None-Match", tag));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]*speakers\\.css[^\"]*)\"")]
    private static partial Regex StylesLink();
}
