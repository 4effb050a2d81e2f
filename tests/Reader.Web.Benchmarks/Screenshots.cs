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
        };
        foreach (var (name, url, width, height, scheme) in shots)
        {
            var page = await Browser.OpenReaderAsync(browser, url, width, height, scheme);
            await page.WaitForTimeoutAsync(400);
            var path = Path.Combine(folder, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            Console.WriteLine(path);
        }
    }
}
