using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Where am I, at every width: the current chapter follows the reader's scrolling and n/p move from it.
/// Where I left off: reopening the episode offers to continue there, and the library links to it.
/// </summary>
[Collection(ReadingStateCollection.Name)]
public sealed class PlaceTests(ReaderApp app)
{
    public static TheoryData<Device> EveryDevice => new(Screens.Devices);

    [BrowserTheory, MemberData(nameof(EveryDevice))]
    public async Task TheCurrentChapterFollowsScrolling(Device device)
    {
        var reader = await ReaderSession.OpenAsync(app, device, Motion.Reduced);

        foreach (var (segment, chapter) in new[] { ("s-250", 9), ("s-480", 14), ("s-40", 2) })
        {
            await reader.ScrollToAsync(segment);
            await reader.WaitAsync(TimeSpan.FromMilliseconds(300));

            await reader.AssertCurrentChapterAsync(chapter, $"scrolling to segment {segment[2..]}");
        }
    }

    [BrowserTheory, MemberData(nameof(EveryDevice))]
    public async Task NextAndPreviousMoveFromTheChapterBeingRead(Device device)
    {
        var reader = await ReaderSession.OpenAsync(app, device, Motion.Reduced);
        await reader.ScrollToAsync("s-255");
        await reader.WaitAsync(TimeSpan.FromMilliseconds(300));

        await reader.Page.Keyboard.PressAsync("n");

        await reader.AssertLandedAsync("c-10", "pressing n while reading chapter 9");
        await reader.AssertCurrentChapterAsync(10, "pressing n while reading chapter 9");

        await reader.Page.Keyboard.PressAsync("p");

        await reader.AssertLandedAsync("c-9", "pressing p at chapter 10's heading");
    }

    [BrowserTheory, MemberData(nameof(EveryDevice))]
    public async Task ReopeningTheEpisodeOffersToContinueWhereTheReaderLeftOff(Device device)
    {
        var reader = await ReaderSession.OpenAsync(app, device, Motion.Reduced);
        await LeaveAtSegment400Async(reader);

        await reader.Page.GotoAsync(ReaderSession.Episode);
        await ReaderApp.WaitForCircuitAsync(reader.Page);
        var offer = reader.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = Continue })
            .Or(reader.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = Continue }));
        await ReaderSession.ShownAsync(offer.First, "reopening the episode after reading to segment 400 offers no Continue · 继续");

        await reader.PressAsync(offer.First);

        await reader.AssertLandedOnOneOfAsync(AroundSegment400, "choosing Continue");
    }

    [BrowserFact]
    public async Task TheLibraryLinksAStartedEpisodeToWhereTheReaderLeftOff()
    {
        var reader = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced);
        var times = new List<string>();
        foreach (var id in AroundSegment400)
            times.Add((await reader.Page.Locator("#" + id).GetAttributeAsync("data-time"))!);
        await LeaveAtSegment400Async(reader);

        await reader.Page.GotoAsync("/");
        var link = reader.Page.Locator(".episode-card").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = Continue });
        await ReaderSession.ShownAsync(link.First, "the library shows no Continue · 继续 link for the episode read to segment 400");
        var text = await link.First.InnerTextAsync();
        var at = Regex.Match(text, @"Continue · 继续 at (\d+:\d\d(:\d\d)?)");
        Assert.True(at.Success, $"the library's link to where the reader left off reads “{text}”, not “Continue · 继续 at 31:58”");
        Assert.True(times.Contains(at.Groups[1].Value), $"the library says “{text}” for a reader who left off at {times[1]} (segment 400)");

        await link.First.ClickAsync();
        await reader.Page.WaitForURLAsync("**/episodes/**");

        await reader.AssertLandedOnOneOfAsync(AroundSegment400, $"following the library's “{text}”");
    }

    private static readonly Regex Continue = new("Continue|继续");

    // Where the reader left off, as a front end may keep it: the segment at the top of the view, or a neighbour.
    private static readonly string[] AroundSegment400 = ["s-399", "s-400", "s-401"];

    // Scrolled there as a reader does, then a pause so the place can be kept, however the reader keeps it.
    private static async Task LeaveAtSegment400Async(ReaderSession reader)
    {
        await reader.ScrollToAsync("s-400");
        await reader.WaitAsync(TimeSpan.FromMilliseconds(1500));
    }
}
