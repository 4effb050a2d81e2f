using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Reader.Web.Tests.Http;

public sealed partial class SplicedCompressionTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    private const string EnhancedNavigation = "text/html; blazor-enhanced-nav=on";

    [Theory]
    [InlineData(ReaderHost.Reader, "gzip", null)]
    [InlineData(ReaderHost.Reader + "?lang=en&learn=1&hide=Speaker%201&q=AGI", "gzip", null)]
    [InlineData(ReaderHost.Reader, "gzip, deflate, br, zstd", null)]
    [InlineData(ReaderHost.Reader, "gzip, deflate, br", EnhancedNavigation)]
    [InlineData(ReaderHost.Reader + "?lang=zh", "gzip", EnhancedNavigation)]
    public async Task The_spliced_gzip_page_decompresses_to_exactly_the_uncompressed_page(string path, string acceptEncoding, string? accept)
    {
        using var plain = await GetAsync(path, "identity", accept);
        using var compressed = await GetAsync(path, acceptEncoding, accept);

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, compressed.Content.Headers.ContentLength);
        var unzipped = Gunzip(bytes);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var uncompressed = await plain.Content.ReadAsStringAsync();
        Assert.Equal(WithoutComponentKeys(uncompressed), WithoutComponentKeys(unzipped));
        Assert.Contains("id=\"s-1\"", unzipped);
        Assert.DoesNotContain("shared-markup:", unzipped);
        Assert.DoesNotContain("shared-markup:", uncompressed);
    }

    [Fact]
    public async Task The_uncompressed_page_is_the_page_with_its_transcript_in_place()
    {
        using var plain = await GetAsync(ReaderHost.Reader, "identity", null);

        var html = await plain.Content.ReadAsStringAsync();
        Assert.Equal(Encoding.UTF8.GetByteCount(html), plain.Content.Headers.ContentLength);
        Assert.Matches("<div class=\"transcript\"[^>]*>\\s*<section class=\"chapter\"", html);
        Assert.Contains("</html>", html);
    }

    [Fact]
    public async Task A_client_that_takes_only_brotli_gets_the_page_compressed_as_before()
    {
        using var response = await GetAsync(ReaderHost.Reader, "br", null);

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        await using var brotli = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var html = await new StreamReader(brotli).ReadToEndAsync();
        Assert.Contains("id=\"s-1\"", html);
        Assert.DoesNotContain("shared-markup:", html);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/search?q=AGI", "text/html")]
    [InlineData(ReaderHost.Reader + "/export.json", "application/json")]
    [InlineData(ReaderHost.Reader + "/export.txt", "text/plain")]
    [InlineData(ReaderHost.Reader + "/speakers.css", "text/css")]
    public async Task Other_responses_are_compressed_as_before(string path, string mediaType)
    {
        using var response = await GetAsync(path, "br, gzip", null);

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string acceptEncoding, string? accept) =>
        accept is null
            ? await host.SendAsync(HttpMethod.Get, path, ("Accept-Encoding", acceptEncoding))
            : await host.SendAsync(HttpMethod.Get, path, ("Accept-Encoding", acceptEncoding), ("Accept", accept));

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    // An interactive component's marker and the persisted state carry keys that are new for every response.
    private static string WithoutComponentKeys(string html) => ComponentMarker().Replace(html, "<!--Blazor:…-->");

    [GeneratedRegex("<!--Blazor.*?-->")]
    private static partial Regex ComponentMarker();
}
