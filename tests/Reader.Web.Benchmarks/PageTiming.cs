using System.Diagnostics;
using System.Net;

namespace Reader.Web.Benchmarks;

/// <summary>Server time and size of the reader page.</summary>
internal static class PageTiming
{
    private const int Warmup = 30;
    private const int Requests = 300;

    public static async Task RunAsync(ReaderServer server)
    {
        var url = server.BaseUrl + ReaderServer.SeedPath;
        using var plain = new HttpClient();
        using var brotli = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });

        for (var i = 0; i < Warmup; i++)
            await plain.GetByteArrayAsync(url);

        var times = new List<double>();
        for (var i = 0; i < Requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("br");
            using var response = await brotli.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var raw = (await plain.GetByteArrayAsync(url)).Length;
        var gzip = await CompressedSizeAsync(brotli, url, "gzip");
        var br = await CompressedSizeAsync(brotli, url, "br");

        Console.WriteLine($"Reader page, {Requests} sequential requests (brotli), server on loopback:");
        Console.WriteLine($"  median {Browser.Median(times):F1} ms, p95 {Browser.Percentile(times, 0.95):F1} ms");
        Console.WriteLine($"  size: {raw / 1024.0:F0} KB raw, {gzip / 1024.0:F1} KB gzip, {br / 1024.0:F1} KB brotli");
    }

    private static async Task<int> CompressedSizeAsync(HttpClient client, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(request);
        if (!response.Content.Headers.ContentEncoding.Contains(encoding))
            throw new InvalidOperationException($"The page was not {encoding}-compressed.");
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
