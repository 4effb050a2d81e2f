using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser.Listening;

/// <summary>
/// Bringing an episode in as a reader does: a Chinese and an English subtitle file and the audio chosen on the
/// import page, the preview checked and a speaker named, saved, and then read along with the audio at the
/// subtitles' own times.
/// </summary>
[Collection(ListeningAppCollection.Name)]
public sealed class ImportPageTests(ListeningApp app)
{
    private const int Cues = 30;
    private const double CueSeconds = 4.5;

    [BrowserTheory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task A_pair_imported_through_the_page_is_previewed_then_read_along_at_its_cue_times(Device device)
    {
        var name = $"interview-{Guid.NewGuid():N}"[..20];
        var (page, _) = await app.OpenAsync(device, "/import");

        await page.Locator("#import-files").SetInputFilesAsync([
            Srt($"{name}.zh.srt", i => $"这是第{i}句中文，我们在聊天。"),
            Srt($"{name}.en.srt", i => $"This is English line {i}, we are talking."),
            new FilePayload { Name = $"{name}.wav", MimeType = "audio/wav", Buffer = MediaHost.SilentWav(180) },
        ]);

        var preview = page.Locator("[data-import-preview]");
        await Expect(preview).ToBeVisibleAsync();
        await Expect(preview.Locator("[data-preview-segments]")).ToHaveTextAsync(Cues.ToString(CultureInfo.InvariantCulture));
        await Expect(preview.Locator("[data-preview-timed]")).ToHaveAttributeAsync("data-preview-timed", "true");
        await Expect(preview).ToContainTextAsync("这是第1句中文，我们在聊天。");
        await Expect(preview).ToContainTextAsync("This is English line 1, we are talking.");
        await preview.Locator("input.speaker-name").FillAsync("Ada Lin");

        await ListeningTests.Press(page, device, preview.GetByRole(AriaRole.Button, new() { Name = "Save" }));

        await page.WaitForURLAsync($"**/episodes/{name}");
        await ReaderApp.WaitForCircuitAsync(page);
        await Expect(page.Locator(".turn-head .who").First).ToHaveTextAsync("Ada Lin");
        await Expect(page.Locator(".turn-head .when").First).ToHaveTextAsync("0:02");
        var starts = await app.StartsAsync(name);
        Assert.Equal(Enumerable.Range(0, Cues).Select(Start), starts);

        await ListeningTests.Press(page, device, page.Locator("[data-player-start]"));

        await ListeningTests.PlayingAsync(page);
        Assert.EndsWith($"/episodes/{name}/media", await page.EvaluateAsync<string>("() => document.querySelector('[data-player] audio').currentSrc"));
        await page.EvaluateAsync("() => { document.querySelector('[data-player] audio').currentTime = 40; }");
        await page.WaitForFunctionAsync("() => Number(document.querySelector('#transcript [data-speaking]')?.dataset.segment) >= 9");
        await ListeningTests.AssertMarkFollowsAsync(page, starts);
    }

    private static double Start(int i) => 2 + i * CueSeconds;

    private static FilePayload Srt(string name, Func<int, string> line)
    {
        var srt = new StringBuilder();
        for (var i = 0; i < Cues; i++)
            srt.Append(i + 1).Append('\n').Append(Time(Start(i))).Append(" --> ").Append(Time(Start(i) + CueSeconds - 0.5)).Append('\n').Append(line(i + 1)).Append("\n\n");
        return new FilePayload { Name = name, MimeType = "application/x-subrip", Buffer = Encoding.UTF8.GetBytes(srt.ToString()) };
    }

    private static string Time(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture);
}
