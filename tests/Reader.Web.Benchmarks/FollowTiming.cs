using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;
using Reader.Web.Tests.Browser.Listening;

namespace Reader.Web.Benchmarks;

/// <summary>
/// Following along while the seed's audio plays (a silent file of its length, from another loopback origin):
/// how long after the player's time reaches a line's estimated start that line is marked (target: 250 ms),
/// what the follow loop costs the page's main thread per tick (target: under 1 ms) and whether it makes any
/// long task. Played at 4× so that a minute crosses many lines; lags are given in the page's own time.
/// </summary>
internal static class FollowTiming
{
    private const double PlaybackRate = 4;
    private const int Seconds = 30;
    private const double TickMilliseconds = 100;

    // Records, for each newly marked line, how far the player's time was past that line's start, and every long task.
    private const string Observe = """
        starts => {
            window.followLags = []; window.longTasks = [];
            const audio = document.querySelector('[data-player] audio');
            new MutationObserver(records => {
                for (const r of records)
                    if (r.target.hasAttribute('data-speaking')) {
                        const n = Number(r.target.dataset.segment);
                        window.followLags.push((audio.currentTime - starts[n - 1]) / audio.playbackRate * 1000);
                    }
            }).observe(document.getElementById('transcript'), { attributes: true, attributeFilter: ['data-speaking'], subtree: true });
            new PerformanceObserver(list => window.longTasks.push(...list.getEntries().map(e => e.duration))).observe({ type: 'longtask' });
        }
        """;

    public static async Task RunAsync()
    {
        await using var media = await MediaHost.StartAsync(ReaderServer.FreePort());
        await using var server = new ReaderServer(seeds =>
        {
            var seed = Directory.GetFiles(seeds, "*.txt").Single();
            File.WriteAllText(Path.ChangeExtension(seed, ".media.json"), $$"""{ "url": "{{media.AudioUrl}}", "type": "audio/wav" }""");
        });
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        using var http = new HttpClient();
        var timing = JsonDocument.Parse(await http.GetStringAsync(server.BaseUrl + ReaderServer.SeedPath + "/timing.json"));
        var starts = timing.RootElement.GetProperty("starts").EnumerateArray().Select(s => s.GetDouble()).ToArray();

        var page = await Browser.OpenReaderAsync(browser, server.BaseUrl + ReaderServer.SeedPath + "?t=600", 1440, 900);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");

        var idle = await MainThreadAsync(cdp, Seconds / 3);
        await page.Locator("[data-player-start]").ClickAsync();
        await page.WaitForFunctionAsync("() => { const a = document.querySelector('[data-player] audio'); return a && !a.paused && a.currentTime > 0; }");
        await page.EvaluateAsync($"() => document.querySelector('[data-player] audio').playbackRate = {PlaybackRate}");
        await page.EvaluateAsync(Observe, starts);
        var playing = await MainThreadAsync(cdp, Seconds);

        var lags = (await page.EvaluateAsync<double[]>("() => window.followLags")).ToList();
        var longTasks = await page.EvaluateAsync<double[]>("() => window.longTasks");
        var ticks = Seconds * 1000 / TickMilliseconds;
        var perTick = (playing.Script / Seconds - idle.Script / (Seconds / 3)) * Seconds / ticks * 1000;
        var taskPerTick = (playing.Task / Seconds - idle.Task / (Seconds / 3)) * Seconds / ticks * 1000;

        Console.WriteLine($"Following along, {Seconds} s of playing at {PlaybackRate}× ({lags.Count} lines marked):");
        Console.WriteLine($"  mark after the line's start: median {Browser.Median(lags):F0} ms, p95 {Browser.Percentile(lags, 0.95):F0} ms, max {lags.Max():F0} ms (wall clock)");
        Console.WriteLine($"  main thread per tick above idle: script {perTick:F3} ms, all tasks {taskPerTick:F3} ms ({ticks:F0} ticks)");
        Console.WriteLine($"  long tasks while playing: {longTasks.Length}{(longTasks.Length > 0 ? $" (longest {longTasks.Max():F0} ms)" : "")}");
    }

    /// <summary>Seconds of script and of all tasks on the page's main thread over a wait.</summary>
    private static async Task<(double Script, double Task)> MainThreadAsync(ICDPSession cdp, int seconds)
    {
        var before = await MetricsAsync(cdp);
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var after = await MetricsAsync(cdp);
        return (after["ScriptDuration"] - before["ScriptDuration"], after["TaskDuration"] - before["TaskDuration"]);
    }

    private static async Task<Dictionary<string, double>> MetricsAsync(ICDPSession cdp)
    {
        var result = await cdp.SendAsync("Performance.getMetrics");
        return result!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    }
}
