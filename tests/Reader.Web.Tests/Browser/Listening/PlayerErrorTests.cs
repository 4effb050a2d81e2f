using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser.Listening;

/// <summary>
/// The player tells the truth when its media cannot play: it says why in words ([data-player-error]), its play
/// control shows play, no dead screen stands in for a player, and it offers the other ways to listen.
/// </summary>
[Collection(ListeningAppCollection.Name)]
public sealed class PlayerErrorTests(ListeningApp app)
{
    private const string AudioEpisode = "/episodes/" + ListeningApp.AudioSlug;
    private const string VideoEpisode = "/episodes/" + ListeningApp.VideoSlug;

    [BrowserTheory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task An_unreachable_media_host_is_said_in_words_and_the_controls_show_it_is_not_playing(Device device)
    {
        var (page, _) = await app.OpenAsync(device, AudioEpisode);
        await page.RouteAsync(app.Media.AudioUrl, route => route.AbortAsync("connectionrefused"));

        await ListeningTests.Press(page, device, page.Locator("[data-player-start]"));

        var error = page.Locator("[data-player-error]");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("The audio could not be loaded");
        await Expect(error).ToContainTextAsync("音频无法加载");
        Assert.Equal("status", await error.GetAttributeAsync("role"));
        await Expect(page.Locator("[data-player-toggle]")).ToHaveAttributeAsync("aria-label", "Play · 播放");
        await Expect(page.Locator("[data-player-toggle]")).ToHaveTextAsync("▶");
        await Expect(page.Locator(".player-time")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-player-retry]")).ToBeVisibleAsync();
        await Expect(page.Locator(".player-dock [data-player-local]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-player-elsewhere]")).ToHaveAttributeAsync("href", app.Media.AudioUrl);
        // A phone's dock stays small; a wide screen's stays in the sidebar's place, beside the text.
        var dock = (await page.Locator(".player-dock").BoundingBoxAsync())!;
        if (device == Device.Phone)
            Assert.True(dock.Height < Screens.PhoneHeight / 4, $"the failed dock is {dock.Height} px high");
        else
            Assert.True(dock.X + dock.Width <= (await page.Locator("#transcript").BoundingBoxAsync())!.X, "the failed dock covers the text");
        var axe = await page.RunAxeAsync(".player-dock");
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.FirstOrDefault()?.Html})")));
    }

    [BrowserFact]
    public async Task Trying_again_once_the_host_answers_plays()
    {
        var (page, _) = await app.OpenAsync(Device.Desktop, AudioEpisode + "?t=300");
        await page.RouteAsync(app.Media.AudioUrl, route => route.AbortAsync("connectionrefused"));
        await page.Locator("[data-player-start]").ClickAsync();
        await Expect(page.Locator("[data-player-error]")).ToContainTextAsync("could not be loaded");

        await page.UnrouteAllAsync();
        await page.Locator("[data-player-retry]").ClickAsync();

        await ListeningTests.PlayingAsync(page);
        Assert.InRange(await ListeningTests.CurrentTimeAsync(page), 299.9, 303);
        await Expect(page.Locator("[data-player-error]")).ToBeEmptyAsync();
        await Expect(page.Locator("[data-player-toggle]")).ToHaveAttributeAsync("aria-label", "Pause · 暂停");
    }

    [BrowserFact]
    public async Task A_youtube_embed_that_never_answers_is_said_in_words_and_its_frame_is_collapsed()
    {
        var (page, _) = await app.OpenAsync(Device.Desktop, VideoEpisode);
        await page.RouteAsync(app.Media.Origin + "/embed/**", route => route.AbortAsync("connectionrefused"));

        await page.Locator("[data-player-start]").ClickAsync();

        // The embed is given a few seconds to answer: here the wait is the condition itself.
        var error = page.Locator("[data-player-error]");
        await Expect(error).ToContainTextAsync("YouTube did not answer", new() { Timeout = 15_000 });
        await Expect(page.Locator("[data-player] iframe")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-player-toggle]")).ToHaveAttributeAsync("aria-label", "Play · 播放");
        await Expect(page.Locator("[data-player-elsewhere]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://www\\.youtube\\.com/watch\\?v=fXtna7UrL44"));
        await Expect(page.Locator("[data-player-elsewhere]")).ToHaveAccessibleNameAsync("Watch on YouTube · 在 YouTube 观看");
    }
}
