using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Jumps within the open page land exactly, at desktop and phone widths, with smooth scrolling and reduced
/// motion: a chapter's heading, or a segment with its turn's speaker line, right under the sticky chrome,
/// settled within the issue's time (100 ms reduced, 700 ms smooth), on the first try after load; and the
/// chapter jumped to is the current one. Jumps through a page load or the history: <see cref="LandingAfterALoadTests"/>.
/// </summary>
/// <summary>
/// Jumps within the open page to a changed address (#s-N, #c-N) and to find hits land exactly: a segment with
/// its turn's speaker line, or a chapter's heading, right under the sticky chrome within the issue's time, on
/// every screen, as <see cref="JumpTests"/> measures chapter jumps.
/// </summary>
[Collection(HashAndFindJumpCollection.Name)]
public sealed class HashAndFindJumpTests(ReaderApp app)
{
    public static TheoryData<Device, Motion> EveryScreen => Screens.EveryDeviceAndMotion();

    // A find hit is scrolled to instantly whatever the motion preference.
    public static TheoryData<Device, Motion> EachScreen => Screens.EachDeviceAndMotion();

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task AHashChangeInTheOpenPageLandsOnItsTarget(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);

        foreach (var (id, chapter) in new[] { ("s-400", 12), ("c-15", 15), ("s-99", 4) })
        {
            await reader.Page.EvaluateAsync("hash => location.hash = hash", "#" + id);

            await reader.AssertLandedAsync(id, $"changing the address to #{id}");
            await reader.AssertCurrentChapterAsync(chapter, $"changing the address to #{id}");
        }
    }

    [BrowserTheory, MemberData(nameof(EachScreen))]
    public async Task FindNextAndPreviousLandOnTheSegmentOfTheHit(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);
        var find = await reader.OpenFindAsync();
        await find.FillAsync("模型");
        await Expect(reader.Page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");

        foreach (var (keys, status) in new[] { ("Enter", "2 / 104"), ("Shift+Enter", "1 / 104"), ("Shift+Enter", "104 / 104") })
        {
            // The count is the server's and the current mark the browser's: wait for the mark to move, not only the count.
            await reader.Page.EvaluateAsync("() => { window.findTestPrevious = document.querySelector('#transcript mark.hit.current'); }");
            await find.PressAsync(keys);

            await Expect(reader.Page.Locator("[data-find-status]")).ToHaveTextAsync(status, new LocatorAssertionsToHaveTextOptions { Timeout = 1000 });
            await reader.Page.WaitForFunctionAsync("() => { const m = document.querySelector('#transcript mark.hit.current'); return m && m !== window.findTestPrevious; }");
            var segment = await reader.Page.EvaluateAsync<string>("() => document.querySelector('#transcript mark.hit.current')?.closest('[data-segment]')?.id ?? ''");
            Assert.False(segment == "", $"after {keys} to hit {status} no hit is marked current ({reader.Screen})");
            await reader.AssertLandedAsync(segment, $"{keys} in the find box to hit {status}");
            var chapter = int.Parse((await reader.Page.Locator("#" + segment).GetAttributeAsync("data-chapter"))!);
            await reader.AssertCurrentChapterAsync(chapter, $"{keys} to hit {status}");
        }
    }
}
