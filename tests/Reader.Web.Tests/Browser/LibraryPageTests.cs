using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

[Collection(ReaderAppCollection.Name)]
public sealed class LibraryPageTests(ReaderApp app)
{
    [BrowserFact]
    public async Task TheLibraryListsTheSeedEpisodeAndOpensIt()
    {
        var page = await app.OpenAsync("/");

        await Expect(page.Locator(".episode-card")).ToHaveCountAsync(1);
        await Expect(page.Locator(".episode-card")).ToContainTextAsync("Google AI: Release Notes");
        await Expect(page.Locator(".episode-card")).ToContainTextAsync("科莱·卡武克乔格鲁");
        await Expect(page.Locator(".episode-card")).ToContainTextAsync("17 chapters");

        await page.ClickAsync(".episode-link");

        await Expect(page.Locator("#transcript")).ToBeVisibleAsync();
        Assert.EndsWith("/episodes/" + ReaderApp.SeedSlug, page.Url);
    }
}
