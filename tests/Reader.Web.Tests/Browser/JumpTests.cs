using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Chapter jumps within the open page (the chapter list, the n and p keys) land exactly, at desktop and phone
/// widths, with smooth scrolling and reduced motion: the chapter's heading right under the sticky chrome,
/// settled within the time (100 ms reduced, 700 ms smooth), on the first try after load; and the
/// chapter jumped to is the current one. Jumps to an address or a find hit: <see cref="HashAndFindJumpTests"/>;
/// through a page load or the history: <see cref="LandingAfterALoadTests"/>.
/// </summary>
[Collection(JumpCollection.Name)]
public sealed class JumpTests(ReaderApp app)
{
    public static TheoryData<Device, Motion> EveryScreen => Screens.EveryDeviceAndMotion();

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task ChapterListClicksLandOnTheChapterHeading(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);

        foreach (var chapter in new[] { 3, 13, 17, 9 })
        {
            await reader.OpenChapterListAsync(chapter);
            await reader.PressAsync(reader.ChapterLink(chapter));

            await reader.AssertLandedAsync($"c-{chapter}", $"choosing chapter {chapter} in the chapter list");
            await reader.AssertCurrentChapterAsync(chapter, $"choosing chapter {chapter}");
        }
    }

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task NextAndPreviousChapterKeysLandOnTheChapterHeading(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);

        foreach (var (key, chapter) in new[] { ("n", 2), ("n", 3), ("n", 4), ("p", 3) })
        {
            await reader.Page.Keyboard.PressAsync(key);

            await reader.AssertLandedAsync($"c-{chapter}", $"pressing {key} to reach chapter {chapter}");
            await reader.AssertCurrentChapterAsync(chapter, $"pressing {key}");
        }
    }
}
