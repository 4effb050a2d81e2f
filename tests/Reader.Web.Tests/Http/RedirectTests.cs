using System.Net;

namespace Reader.Web.Tests.Http;

public sealed class RedirectTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    [Theory]
    [InlineData("?lang=en&toggle=Speaker%201", "?lang=en&hide=Speaker%201")]
    [InlineData("?lang=en&hide=Speaker%201&toggle=Speaker%201", "?lang=en")]
    [InlineData("?lang=zh&toggle=Nobody", "?lang=zh")]
    [InlineData("?toggle=Speaker%200&q=AGI&junk=1", "?lang=both&hide=Speaker%200&q=AGI")]
    public async Task A_speaker_toggle_redirects_to_a_relative_address_of_known_state_only(string query, string expected)
    {
        using var response = await host.SendAsync(HttpMethod.Get, ReaderHost.Reader + query, ("Host", "evil.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReaderHost.Reader + expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_hundred_kilobyte_toggle_is_dropped_from_the_redirect()
    {
        var huge = new string('x', 100 * 1024);

        using var response = await host.SendAsync(HttpMethod.Get, $"{ReaderHost.Reader}?lang=en&toggle={huge}&other={huge}", ("Host", "evil.example:8080"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReaderHost.Reader + "?lang=en", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_long_find_query_redirects_to_a_relative_address_with_the_query_cut()
    {
        var longQuery = string.Concat(Enumerable.Repeat("智能", 300));

        using var response = await host.SendAsync(HttpMethod.Get, $"{ReaderHost.Reader}?q={Uri.EscapeDataString(longQuery)}", ("Host", "evil.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri);
        Assert.StartsWith(ReaderHost.Reader + "?lang=both&q=", location.OriginalString);
        Assert.True(location.OriginalString.Length < 4096);
    }

    [Fact]
    public async Task A_hide_list_longer_than_every_label_redirects_to_the_labels_that_exist()
    {
        var huge = string.Join(',', Enumerable.Repeat("Speaker 1,Nobody", 6_000));

        using var response = await host.SendAsync(HttpMethod.Get, $"{ReaderHost.Reader}?lang=en&hide={Uri.EscapeDataString(huge)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReaderHost.Reader + "?lang=en&hide=Speaker%201", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_hide_list_of_the_labels_that_exist_is_served_as_it_is()
    {
        using var response = await host.SendAsync(HttpMethod.Get, $"{ReaderHost.Reader}?lang=en&hide=Speaker%201,Speaker%200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_hundred_thousand_character_search_is_echoed_no_further_than_the_query_limit()
    {
        var huge = new string('x', 100_000);

        using var response = await host.SendAsync(HttpMethod.Get, $"/search?q={huge}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(new string('x', Reader.Storage.Search.SearchQuery.MaxLength), body);
        Assert.DoesNotContain(new string('x', Reader.Storage.Search.SearchQuery.MaxLength + 1), body);
        Assert.True(body.Length < 50_000, $"{body.Length} characters");
    }
}
