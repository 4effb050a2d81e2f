using Microsoft.Playwright;

namespace Reader.Web.Benchmarks;

/// <summary>Screenshots of the library and the reader at desktop and phone widths, in light and dark.</summary>
internal static class Screenshots
{
    public static async Task TakeAsync(ReaderServer server, string folder)
    {
        Directory.CreateDirectory(folder);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var reader = server.BaseUrl + ReaderServer.SeedPath;

        var shots = new (string Name, string Url, int Width, int Height, ColorScheme Scheme)[]
        {
            ("library-desktop", server.BaseUrl + "/", 1280, 720, ColorScheme.Light),
            ("reader-desktop", reader + "?lang=both#c-11", 1440, 900, ColorScheme.Light),
            ("reader-desktop-english-learning", reader + "?lang=en&learn=1#c-6", 1440, 900, ColorScheme.Light),
            ("reader-desktop-dark-chinese", reader + "?lang=zh#c-3", 1440, 900, ColorScheme.Dark),
            ("reader-phone", reader + "?lang=both", 390, 844, ColorScheme.Light),
            ("reader-phone-chapter", reader + "?lang=both#c-11", 390, 844, ColorScheme.Light),
            ("reader-phone-dark-english", reader + "?lang=en#s-300", 390, 844, ColorScheme.Dark),
            ("reader-desktop-find", reader + "?lang=both&q=%E6%A8%A1%E5%9E%8B", 1440, 900, ColorScheme.Light),
            ("reader-desktop-find-hidden", reader + "?lang=en&hide=Speaker%200&q=model", 1440, 900, ColorScheme.Light),
            ("reader-phone-find", reader + "?lang=both&q=bench#s-60", 390, 844, ColorScheme.Dark),
            ("search-desktop", server.BaseUrl + "/search?q=%E6%A8%A1%E5%9E%8B", 1280, 900, ColorScheme.Light),
            ("search-desktop-dark", server.BaseUrl + "/search?q=%22hill%20climb%22", 1280, 720, ColorScheme.Dark),
            ("search-phone", server.BaseUrl + "/search?q=bench&page=1", 390, 844, ColorScheme.Light),
            ("search-phone-empty", server.BaseUrl + "/search", 390, 844, ColorScheme.Light),
        };
        foreach (var (name, url, width, height, scheme) in shots)
        {
            var page = await Browser.OpenReaderAsync(browser, url, width, height, scheme);
            if (url.Contains("/episodes/", StringComparison.Ordinal) && url.Contains("q=", StringComparison.Ordinal))
                await page.WaitForSelectorAsync("mark.hit", new() { State = WaitForSelectorState.Attached });
            await page.WaitForTimeoutAsync(400);
            var path = Path.Combine(folder, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            Console.WriteLine(path);
        }
    }
}
