using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Reader.Web.Benchmarks;

/// <summary>
/// Requests per second and median latency of the reader page under load, per Accept-Encoding, with wrk
/// (<c>apt-get install wrk</c>) at <c>-t2 -c32</c>, and the bytes each encoding sends. Target: compressed pages at
/// least half the uncompressed throughput.
/// </summary>
internal static partial class Throughput
{
    private static readonly string[] Encodings = ["identity", "gzip", "gzip, deflate, br, zstd", "br"];

    public static async Task RunAsync(ReaderServer server, int seconds)
    {
        var url = server.BaseUrl + ReaderServer.SeedPath;
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        await Wrk(url, "identity", 3);

        Console.WriteLine($"Reader page under wrk -t2 -c32 -d{seconds}s, server on loopback:");
        foreach (var encoding in Encodings)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            using var response = await client.SendAsync(request);
            var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            var sent = string.Join(",", response.Content.Headers.ContentEncoding) is { Length: > 0 } e ? e : "none";

            var output = await Wrk(url, encoding, seconds);
            Console.WriteLine($"  Accept-Encoding: {encoding,-24} {Number(RequestsPerSecond(), output),8} req/s  p50 {Number(Median(), output),9}  " +
                $"{bytes / 1024.0,6:F1} KB ({sent})");
        }
    }

    private static async Task<string> Wrk(string url, string encoding, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", "-c32", $"-d{seconds}s", "--latency", "-H", $"Accept-Encoding: {encoding}", url])
        {
            RedirectStandardOutput = true,
        };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return output;
    }

    private static string Number(Regex pattern, string output) => pattern.Match(output) is { Success: true } m ? m.Groups[1].Value : "?";

    [GeneratedRegex(@"Requests/sec:\s+(\S+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex Median();
}
