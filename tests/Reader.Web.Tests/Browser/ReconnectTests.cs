using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

/// <summary>A server restart under an open reader: its own app, since the restart would disturb the other tests.</summary>
public sealed class ReconnectTests : IAsyncLifetime
{
    private readonly ReaderApp app = ReaderApp.WithItsOwnServer();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [BrowserFact]
    public async Task WhenTheServerRestartsTheTextStaysReadableAndTheControlsComeBack()
    {
        var page = await app.OpenAsync("/episodes/" + ReaderApp.SeedSlug + "?lang=en");
        var banner = page.Locator("#components-reconnect-modal");

        var restart = app.RestartServerAsync(TimeSpan.FromSeconds(3));
        await Expect(banner).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.False(await banner.EvaluateAsync<bool>("dialog => dialog.matches(':modal')"));
        await Expect(page.Locator("[data-segment='39'] [lang='en']")).ToBeVisibleAsync();
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await restart;

        // Blazor's own attempts back off before the banner's retries take over, and a loaded machine restarts the
        // app slowly: a generous bound on the condition (30 s was not enough under two busy loops).
        await Expect(banner).ToBeHiddenAsync(new() { Timeout = 90_000 });
        await ReaderApp.WaitForCircuitAsync(page);
        await page.ClickAsync("[data-lang-option='zh']");

        await Expect(page.Locator("[data-lang-option='zh']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "zh");
    }
}
