namespace Reader.Web.Benchmarks;

/// <summary>What a language switch costs in the browser and on the wire.</summary>
internal static class SwitchTiming
{
    private const int Switches = 30;

    // Clicks the option, then waits for the transcript's data-lang to change and for two frames to paint.
    internal const string TimedSwitch = """
        async option => {
            const transcript = document.getElementById('transcript');
            const start = performance.now();
            const changed = new Promise(resolve => new MutationObserver((_, observer) => {
                if (transcript.dataset.lang === option) { observer.disconnect(); resolve(); }
            }).observe(transcript, { attributes: true }));
            document.querySelector(`[data-lang-option='${option}']`).click();
            await changed;
            await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            return performance.now() - start;
        }
        """;

    public static async Task RunAsync(ReaderServer server)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var page = await Browser.OpenReaderAsync(browser, server.BaseUrl + ReaderServer.SeedPath);
        long sent = 0, received = 0;
        var counting = false;
        page.WebSocket += (_, socket) =>
        {
            socket.FrameSent += (_, frame) => { if (counting) Interlocked.Add(ref sent, FrameSize(frame)); };
            socket.FrameReceived += (_, frame) => { if (counting) Interlocked.Add(ref received, FrameSize(frame)); };
        };
        // The socket opened before the handler was attached: reload so its frames are seen.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('transcript')?.dataset.attached === 'true'");
        await page.WaitForTimeoutAsync(500);

        var options = new[] { "zh", "en", "both" };
        var times = new List<double>();
        counting = true;
        for (var i = 0; i < Switches; i++)
        {
            times.Add(await page.EvaluateAsync<double>(TimedSwitch, options[i % options.Length]));
            await page.WaitForTimeoutAsync(100);
        }
        await page.WaitForTimeoutAsync(500);
        counting = false;

        Console.WriteLine($"Language switch in Chromium, {Switches} switches:");
        Console.WriteLine($"  click to updated view: median {Browser.Median(times):F1} ms, p95 {Browser.Percentile(times, 0.95):F1} ms");
        Console.WriteLine($"  circuit traffic per switch: {(sent + received) / (double)Switches:F0} bytes ({sent / (double)Switches:F0} sent, {received / (double)Switches:F0} received)");
    }

    private static long FrameSize(Microsoft.Playwright.IWebSocketFrame frame) =>
        frame.Binary?.Length ?? System.Text.Encoding.UTF8.GetByteCount(frame.Text ?? "");
}
