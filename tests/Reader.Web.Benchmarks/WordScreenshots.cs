using Microsoft.Playwright;

namespace Reader.Web.Benchmarks;

/// <summary>Issue 13's screens at 1440×900 and 390×844, light and dark: the word popup, pinyin mode, the Words page.</summary>
internal static class WordScreenshots
{
    private const string Benchmarks = "#transcript .segment:has(> .en:text-matches('Like benchmarks and model development'))";

    public static async Task TakeAsync(ReaderServer server, string folder)
    {
        await server.WaitForDictionaryAsync();
        Directory.CreateDirectory(folder);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var reader = server.BaseUrl + ReaderServer.SeedPath;

        foreach (var (width, height, device) in new[] { (1440, 900, "desktop"), (390, 844, "phone") })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var suffix = $"{device}{(scheme == ColorScheme.Dark ? "-dark" : "")}";
                var page = await Browser.OpenReaderAsync(browser, reader + "?lang=both", width, height, scheme);
                await page.Locator(Benchmarks).ScrollIntoViewIfNeededAsync();
                await page.Locator(Benchmarks).EvaluateAsync("r => r.scrollIntoView({ block: 'center', behavior: 'instant' })");
                await ClickTextAsync(page, Benchmarks + " > .zh", "基准");
                await page.Locator("[data-word-popup]:not([hidden])").WaitForAsync();
                await page.Locator("[data-word-save]").ClickAsync();
                await ShotAsync(page, folder, $"word-popup-{suffix}");

                await ClickTextAsync(page, Benchmarks + " > .en", "benchmarks");
                await page.WaitForTimeoutAsync(300);
                await ShotAsync(page, folder, $"word-popup-english-{suffix}");
                await page.Keyboard.PressAsync("Escape");

                var pinyin = await Browser.OpenReaderAsync(browser, reader + "?lang=both&pinyin=1#c-3", width, height, scheme);
                await pinyin.WaitForSelectorAsync("#transcript[data-pinyin='on']");
                await ShotAsync(pinyin, folder, $"reader-pinyin-{suffix}");

                await page.GotoAsync(server.BaseUrl + "/words");
                await page.WaitForSelectorAsync("[data-words-list] li");
                await ShotAsync(page, folder, $"words-{suffix}");
            }
        }
    }

    private static async Task ShotAsync(IPage page, string folder, string name)
    {
        await page.WaitForTimeoutAsync(300);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Console.WriteLine(path);
    }

    private static async Task ClickTextAsync(IPage page, string cell, string text)
    {
        var point = await page.Locator(cell).EvaluateAsync<float[]>("""
            (cell, text) => {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (node.parentElement.closest('rt')) continue;
                    const at = node.data.indexOf(text);
                    if (at < 0) continue;
                    const range = document.createRange();
                    range.setStart(node, at); range.setEnd(node, at + 1);
                    const r = range.getBoundingClientRect();
                    return [r.left + r.width / 2, r.top + r.height / 2];
                }
                return null;
            }
            """, text);
        await page.Mouse.ClickAsync(point[0], point[1]);
    }
}
