using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser.Listening;

/// <summary>
/// "Play a file from this device · 本地文件": the file plays through an object URL (nothing is uploaded) and the
/// text follows it as it follows the episode's own media; an episode without media offers it too.
/// </summary>
[Collection(ListeningAppCollection.Name)]
public sealed class LocalFileTests(ListeningApp app)
{
    private const string AudioEpisode = "/episodes/" + ListeningApp.AudioSlug;
    private const string NoMediaEpisode = "/episodes/" + ListeningApp.NoMediaSlug;

    // Five minutes: past the turn the test seeks to.
    private static readonly FilePayload Silence = new() { Name = "my-copy.wav", MimeType = "audio/wav", Buffer = MediaHost.SilentWav(300) };

    [BrowserTheory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task An_episode_without_media_offers_a_file_from_this_device_and_the_text_follows_it(Device device)
    {
        var (page, requests) = await app.OpenAsync(device, NoMediaEpisode);
        var option = page.Locator("[data-player-local]");
        await Expect(option).ToBeVisibleAsync();
        await Expect(option).ToContainTextAsync("Play a file from this device");
        await Expect(page.Locator("[data-player-start]")).ToBeHiddenAsync();

        await page.Locator("[data-player-file]").SetInputFilesAsync(Silence);

        await ListeningTests.PlayingAsync(page);
        Assert.StartsWith("blob:", await page.Locator("[data-player] audio").GetAttributeAsync("src"));
        await Expect(page.Locator("[data-player-source]")).ToContainTextAsync("my-copy.wav");
        var starts = await app.StartsAsync(ListeningApp.NoMediaSlug);
        await page.WaitForSelectorAsync("#transcript [data-speaking]");
        await ListeningTests.AssertMarkFollowsAsync(page, starts);

        // A turn's ≈time seeks the file as it seeks the episode's media.
        var first = await page.EvaluateAsync<int>("""
            starts => [...document.querySelectorAll('#transcript .turn')]
                .map(turn => Number(turn.querySelector('.segment')?.dataset.segment)).find(n => starts[n - 1] >= 120)
            """, starts);
        await ListeningTests.Press(page, device, page.Locator($"#s-{first}").Locator("xpath=ancestor::*[contains(@class,'turn')][1]").Locator(".when"));
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-player] audio').currentTime >= {starts[first - 1]}");
        await Expect(page.Locator($"#s-{first}")).ToHaveAttributeAsync("data-speaking", "");
        await ListeningTests.AssertMarkFollowsAsync(page, starts);
        lock (requests)
            Assert.All(requests, url => Assert.True(url.StartsWith(app.BaseUrl) || url.StartsWith("blob:"), url));
    }

    [BrowserFact]
    public async Task A_file_from_this_device_replaces_media_that_cannot_play()
    {
        var (page, _) = await app.OpenAsync(Device.Desktop, AudioEpisode);
        await page.RouteAsync(app.Media.AudioUrl, route => route.AbortAsync("connectionrefused"));
        await page.Locator("[data-player-start]").ClickAsync();
        await Expect(page.Locator("[data-player-error]")).ToContainTextAsync("could not be loaded");

        await page.Locator(".player-dock [data-player-file]").SetInputFilesAsync(Silence);

        await ListeningTests.PlayingAsync(page);
        await Expect(page.Locator("[data-player-error]")).ToBeEmptyAsync();
        await Expect(page.Locator("[data-player-source]")).ToContainTextAsync("From this device: my-copy.wav");
        await ListeningTests.AssertMarkFollowsAsync(page, await app.StartsAsync(ListeningApp.AudioSlug));
    }

    [BrowserFact]
    public async Task Without_javascript_the_file_option_does_not_show()
    {
        var withMedia = await app.OpenWithoutScriptAsync(Device.Desktop, AudioEpisode);
        await Expect(withMedia.Locator("[data-player-start]")).ToBeVisibleAsync();
        await Expect(withMedia.Locator("[data-player-local]")).ToBeHiddenAsync();

        await withMedia.GotoAsync(NoMediaEpisode);
        await Expect(withMedia.Locator("#transcript")).ToBeVisibleAsync();
        await Expect(withMedia.Locator(".listen-fact")).ToBeHiddenAsync();
    }
}
