using System.Net;

namespace Reader.Web.Tests.Http;

public sealed class HeadRequestTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    // Headers that differ between any two responses, whatever the method; a page's compressed length varies by a
    // few bytes with its component keys.
    private static readonly HashSet<string> PerResponse = new(StringComparer.OrdinalIgnoreCase) { "Date", "Set-Cookie", "Content-Length" };

    [Theory]
    [InlineData("/")]
    [InlineData(ReaderHost.Reader)]
    [InlineData(ReaderHost.Reader + "?lang=en")]
    [InlineData(ReaderHost.Reader + "/export.md")]
    [InlineData(ReaderHost.Reader + "/speakers.css")]
    [InlineData("/search?q=AGI")]
    [InlineData("/episodes/no-such-episode")]
    [InlineData("/no-such-page")]
    public async Task Head_is_answered_like_get_without_a_body(string path)
    {
        (string, string)[] headers = [("Accept-Encoding", "gzip, br")];
        using var get = await host.SendAsync(HttpMethod.Get, path, headers);
        using var head = await host.SendAsync(HttpMethod.Head, path, headers);

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(Headers(get), Headers(head));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        if (get.Content.Headers.ContentLength is { } length)
            Assert.InRange(head.Content.Headers.ContentLength ?? -1, length - 64, length + 64);
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }

    private static List<string> Headers(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => !PerResponse.Contains(h.Key))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
