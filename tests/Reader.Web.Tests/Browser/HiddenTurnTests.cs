using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

/// <summary>A hidden speaker leaves a one-line marker in place of each hidden turn, which shows the turn when activated.</summary>
[Collection(ReaderAppCollection.Name)]
public sealed class HiddenTurnTests(ReaderApp app)
{
    [BrowserFact]
    public async Task EachHiddenTurnLeavesAOneLineMarkerThatShowsIt()
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?hide=Speaker%201");
        // The guest's turns, by the rows they hold: the first of them and its length.
        var turns = await page.EvaluateAsync<int[]>("""
            () => {
                const rows = [...document.querySelectorAll('[data-segment]')];
                const turns = [];
                rows.forEach((row, i) => {
                    if (row.dataset.speaker !== 'Speaker 1')
                        return;
                    if (i > 0 && rows[i - 1].dataset.speaker === 'Speaker 1' && rows[i - 1].parentElement === row.parentElement)
                        turns[turns.length - 1][1]++;
                    else
                        turns.push([Number(row.dataset.segment), 1]);
                });
                return [turns.length, turns[0][0], turns[0][1]];
            }
            """);
        var (count, first, lines) = (turns[0], turns[1], turns[2]);
        var markers = page.Locator("[data-hidden-turn]:visible");

        await page.WaitForTimeoutAsync(300);
        var shown = await markers.CountAsync();
        Assert.True(shown == count, $"hiding Koray Kavukcuoglu leaves {shown} markers ([data-hidden-turn]) in place of his {count} turns");
        var marker = markers.First;
        var text = await marker.InnerTextAsync();
        Assert.True(text.Contains("Koray Kavukcuoglu", StringComparison.Ordinal) && text.Contains($"{lines.ToString(CultureInfo.InvariantCulture)} line", StringComparison.Ordinal),
            $"the marker of Koray Kavukcuoglu's first hidden turn reads “{text}”, not “Koray Kavukcuoglu · {lines} line(s)”");
        var height = (await marker.BoundingBoxAsync())!.Height;
        Assert.True(height <= 40, $"the marker of the guest's first hidden turn is {height:N0} px tall: more than one line");
        await Expect(page.Locator($"#s-{first}")).ToBeHiddenAsync();

        await marker.ClickAsync();

        await ReaderSession.ShownAsync(page.Locator($"#s-{first}"), $"activating the marker did not show Koray Kavukcuoglu's turn (segment {first})");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "Speaker 1");
    }
}
