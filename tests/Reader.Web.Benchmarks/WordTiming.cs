using Microsoft.Playwright;

namespace Reader.Web.Benchmarks;

/// <summary>
/// Issue 13 in Chromium: tap (a real mouse click) to word popup shown and painted, over many different words
/// of both languages, and the pinyin switch (toggle click to every Chinese cell in ruby, painted), the first
/// one with pinyin.json's fetch and the later ones from memory.
/// </summary>
internal static class WordTiming
{
    private const int Taps = 80;
    private const int Switches = 10;

    // The click's own timestamp to the popup shown and two frames painted. Armed and awaited before the click: an
    // evaluation still in flight can lose the race to the click's input event, which then counted as a miss.
    private const string ArmPopupTimer = """
        () => {
            const popup = document.querySelector('[data-word-popup]');
            window.popupShown = new Promise(resolve => {
                let start = 0;
                // On the window, so that it runs before the popup's own (capturing) listener on the document.
                window.addEventListener('click', e => { start = e.timeStamp; }, { capture: true, once: true });
                new MutationObserver((_, observer) => {
                    if (popup.hidden || !start) return;
                    observer.disconnect();
                    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
                }).observe(popup, { attributes: true, childList: true, subtree: true });
                setTimeout(() => resolve(-1), 3000); // no popup: counted as a miss
            });
        }
        """;

    // Where to click: the middle of the first character of the n-th word-bearing line of a language.
    private const string PointOf = """
        ([n, lang]) => {
            const cells = [...document.querySelectorAll(`#transcript .segment > p.${lang}:not(.missing)`)]
                .filter(c => c.childNodes.length === 1 && /\p{L}/u.test(c.textContent));
            const cell = cells[(n * 7) % cells.length];
            cell.scrollIntoView({ block: 'center', behavior: 'instant' });
            const node = [...cell.childNodes].find(c => c.nodeType === 3);
            const text = node.data;
            const at = text.search(/\p{L}/u);
            const range = document.createRange();
            range.setStart(node, at); range.setEnd(node, at + 1);
            const r = range.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2];
        }
        """;

    private const string TimedPinyinSwitch = """
        async on => {
            const transcript = document.getElementById('transcript');
            const start = performance.now();
            const changed = new Promise(resolve => new MutationObserver((_, observer) => {
                if (transcript.dataset.pinyin === (on ? 'on' : 'off')) { observer.disconnect(); resolve(); }
            }).observe(transcript, { attributes: true }));
            document.querySelector('[data-pinyin-toggle]').click();
            await changed;
            await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            return performance.now() - start;
        }
        """;

    public static async Task RunAsync(ReaderServer server)
    {
        await server.WaitForDictionaryAsync();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        Console.WriteLine("Dictionary ready; clicking words…");
        Console.WriteLine($"Word popup in Chromium, {Taps} clicks on different words (half Chinese, half English), lookups not cached:");
        // Held 0 ms, the click is at once; held 80 ms, as a person's click or tap is, the lookup asked for at the
        // press has mostly answered by the click.
        foreach (var held in new[] { 0, 80 })
        {
            var page = await Browser.OpenReaderAsync(browser, server.BaseUrl + ReaderServer.SeedPath + "?lang=both", 1440, 900);
            var times = new List<double>();
            var misses = 0;
            for (var i = 0; i < Taps; i++)
            {
                var point = await page.EvaluateAsync<float[]>(PointOf, new object[] { i, i % 2 == 0 ? "zh" : "en" });
                await page.WaitForTimeoutAsync(50);
                await page.EvaluateAsync(ArmPopupTimer);
                await page.Mouse.ClickAsync(point[0], point[1], new MouseClickOptions { Delay = held });
                var time = await page.EvaluateAsync<double>("() => window.popupShown");
                if (time >= 0)
                    times.Add(time);
                else
                    misses++;
                await page.Keyboard.PressAsync("Escape");
            }
            Console.WriteLine($"  held {held} ms, click to popup painted: median {Browser.Median(times):F1} ms, p95 {Browser.Percentile(times, 0.95):F1} ms, max {times.Max():F1} ms ({misses} opened nothing)");
            await page.CloseAsync();
        }

        var reader = await Browser.OpenReaderAsync(browser, server.BaseUrl + ReaderServer.SeedPath + "?lang=both", 1440, 900);
        await reader.EvaluateAsync("() => localStorage.removeItem('reader.pinyin')");
        var first = await reader.EvaluateAsync<double>(TimedPinyinSwitch, true);
        var rubies = await reader.EvaluateAsync<int>("() => document.querySelectorAll('#transcript rt').length");
        var on = new List<double>();
        var off = new List<double>();
        for (var i = 0; i < Switches; i++)
        {
            off.Add(await reader.EvaluateAsync<double>(TimedPinyinSwitch, false));
            await reader.WaitForTimeoutAsync(100);
            on.Add(await reader.EvaluateAsync<double>(TimedPinyinSwitch, true));
            await reader.WaitForTimeoutAsync(100);
        }
        var languages = new List<double>();
        for (var i = 0; i < Switches; i++)
        {
            languages.Add(await reader.EvaluateAsync<double>(SwitchTiming.TimedSwitch, i % 2 == 0 ? "zh" : "both"));
            await reader.WaitForTimeoutAsync(100);
        }
        Console.WriteLine($"Pinyin switch in Chromium, the whole seed episode ({rubies:N0} words in ruby):");
        Console.WriteLine($"  first on (fetches pinyin.json): {first:F1} ms");
        Console.WriteLine($"  on again, {Switches}: median {Browser.Median(on):F1} ms, p95 {Browser.Percentile(on, 0.95):F1} ms");
        Console.WriteLine($"  off, {Switches}: median {Browser.Median(off):F1} ms, p95 {Browser.Percentile(off, 0.95):F1} ms");
        Console.WriteLine($"  for scale, a language switch on the same page now: median {Browser.Median(languages):F1} ms, p95 {Browser.Percentile(languages, 0.95):F1} ms");
    }
}
