using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>Learning mode starts from 双语 too (it picks a language, or asks which), and l toggles it in every mode.</summary>
[Collection(ReaderAppCollection.Name)]
public sealed class LearningModeTests(ReaderApp app)
{
    [BrowserFact]
    public async Task LearningModeStartsFromBothLanguages()
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?lang=both");
        var learn = page.Locator("[data-learn-toggle]");
        Assert.True(await learn.IsEnabledAsync(), "in 双语 the Learning mode control is disabled");

        await learn.ClickAsync();
        await ChooseEnglishIfAskedAsync(page);

        await ReaderSession.AttributeBecomesAsync(page.Locator("#transcript"), "data-learn", "true", "Learning mode chosen in 双语 did not start");
        Assert.True(await page.Locator("#transcript").GetAttributeAsync("data-lang") != "both", "Learning mode started in 双语 blurs nothing: it should pick one language to read");
    }

    [BrowserTheory]
    [InlineData("zh")]
    [InlineData("en")]
    [InlineData("both")]
    public async Task TheLKeyTurnsLearningModeOnAndOff(string language)
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?lang=" + language);
        var transcript = page.Locator("#transcript");

        await page.Keyboard.PressAsync("l");
        await ChooseEnglishIfAskedAsync(page);

        await ReaderSession.AttributeBecomesAsync(transcript, "data-learn", "true", $"pressing l in {language} did not start learning mode");

        await page.Locator("body").FocusAsync();
        await page.Keyboard.PressAsync("l");

        await ReaderSession.AttributeBecomesAsync(transcript, "data-learn", "false", $"pressing l again (from {language}) did not end learning mode");
    }

    // From 双语 the reader may ask which language to read in: the one offered as English then.
    private static async Task ChooseEnglishIfAskedAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(300);
        if (await page.Locator("#transcript").GetAttributeAsync("data-learn") == "true")
            return;
        var english = page.Locator(":is(dialog[open], [role='dialog'], [role='menu'], details[open]) :is(button, a, [role='menuitem'], [role='menuitemradio']):has-text('English'):visible");
        if (await english.CountAsync() > 0)
            await english.First.ClickAsync();
    }
}
