using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

[Collection(ReaderAppCollection.Name)]
public sealed class ExportTests(ReaderApp app)
{
    private const string Episode = "/episodes/" + ReaderApp.SeedSlug;

    [BrowserFact]
    public async Task ChromiumItselfParsesEveryCueOfTheWebVttExport()
    {
        var page = await app.OpenAsync("/");

        var cues = await page.EvaluateAsync<JsonElement>("""
            async url => {
                const video = document.createElement('video');
                const track = document.createElement('track');
                track.kind = 'subtitles';
                track.src = url;
                track.default = true;
                video.append(track);
                document.body.append(video);
                track.track.mode = 'hidden';
                await new Promise((resolve, reject) => { track.onload = resolve; track.onerror = () => reject('track failed to load'); });
                const list = [...track.track.cues];
                return { count: list.length, first: list[0].text, last: list.at(-1).text,
                         increasing: list.every((c, i) => i === 0 || c.startTime >= list[i - 1].endTime - 0.0005 && c.startTime > list[i - 1].startTime) };
            }
            """, Episode + "/export.vtt");

        Assert.Equal(611, cues.GetProperty("count").GetInt32());
        Assert.Equal("<v Logan Kilpatrick>双子座三号,我们正坐在这里。\nGemini three, we're sitting here.", cues.GetProperty("first").GetString());
        Assert.Contains("Thank you very much.", cues.GetProperty("last").GetString());
        Assert.True(cues.GetProperty("increasing").GetBoolean());
    }

    [BrowserFact]
    public async Task TheExportMenuDownloadsInTheCurrentLanguage()
    {
        var page = await app.OpenAsync(Episode + "?lang=en");
        await page.ClickAsync(".export summary");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export='srt']"));

        Assert.Equal(ReaderApp.SeedSlug + ".en.srt", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("1\n00:00:00,000 --> ", text);
        Assert.DoesNotContain("双子座", text);
    }
}
