using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Without JavaScript the reader is plain links: chapter and time links keep the page, its language and its
/// hidden speakers, and a phone can still reach the chapter list.
/// </summary>
[Collection(ReaderAppCollection.Name)]
public sealed class NoScriptTests(ReaderApp app)
{
    private const string InEnglishWithoutTheGuest = ReaderSession.Episode + "?lang=en&hide=Speaker%201";

    [BrowserFact]
    public async Task AChapterLinkKeepsThePageItsLanguageAndItsHiddenSpeakers()
    {
        var reader = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, InEnglishWithoutTheGuest, javaScript: false);

        await reader.PressAsync(reader.ChapterLink(9));
        await reader.Page.WaitForURLAsync("**#c-9");

        await AssertStateKeptAsync(reader, "chapter 9's link");
    }

    [BrowserFact]
    public async Task ATimeLinkKeepsThePageItsLanguageAndItsHiddenSpeakers()
    {
        var reader = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, InEnglishWithoutTheGuest, javaScript: false);
        // The first time link after chapter 12's heading that a reader sees (the guest's turns are hidden).
        var segment = await reader.Page.EvaluateAsync<string>("""
            () => {
                const heading = document.getElementById('c-12');
                const link = [...document.querySelectorAll('#transcript a[href*="#s-"]')]
                    .find(a => heading.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING && a.getClientRects().length > 0);
                link.setAttribute('data-test-time-link', '');
                return link.getAttribute('href').split('#')[1];
            }
            """);

        await reader.Page.Locator("[data-test-time-link]").ClickAsync();
        await reader.Page.WaitForURLAsync($"**#{segment}");

        await AssertStateKeptAsync(reader, $"the time link to {segment}");
        await reader.AssertUnderTheChromeAsync(segment, "after following its time link without JavaScript");
    }

    [BrowserFact]
    public async Task APhoneCanReachTheChapterListAndFollowIt()
    {
        var reader = await ReaderSession.OpenAsync(app, Device.Phone, Motion.Reduced, InEnglishWithoutTheGuest, javaScript: false);

        await reader.OpenChapterListAsync(14);
        Assert.True(await ReaderSession.InViewAsync(reader.ChapterLink(14)), "without JavaScript a phone's chapter list opens with chapter 14 out of sight");
        await reader.PressAsync(reader.ChapterLink(14));
        await reader.Page.WaitForURLAsync("**#c-14");

        await AssertStateKeptAsync(reader, "chapter 14's link on a phone");
    }

    private static async Task AssertStateKeptAsync(ReaderSession reader, string link)
    {
        var url = new Uri(reader.Page.Url);
        Assert.True(url.AbsolutePath == ReaderSession.Episode, $"without JavaScript {link} left the episode for {url}");
        Assert.True(url.Query.Contains("lang=en", StringComparison.Ordinal), $"without JavaScript {link} dropped the language: {url}");
        Assert.True(url.Query.Contains("hide=Speaker%201", StringComparison.Ordinal) || url.Query.Contains("hide=Speaker+1", StringComparison.Ordinal),
            $"without JavaScript {link} dropped the hidden speaker: {url}");
        await Expect(reader.Page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "en");
        await Expect(reader.Page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "Speaker 1");
    }
}
