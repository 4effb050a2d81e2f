using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Typography: the two cells of a row share a first baseline; Chinese cells show full-width punctuation;
/// every Chinese string carries <c>lang</c>, UI labels included; the missing-line placeholder is legible
/// (4.5:1 at least) in both colour schemes and upright.
/// </summary>
[Collection(ReaderAppCollection.Name)]
public sealed class TypographyTests(ReaderApp app)
{
    [BrowserFact]
    public async Task TheTwoCellsOfEveryRowShareAFirstBaseline()
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?lang=both");

        // A zero-size inline-block sits on the baseline of the line it starts: its bottom is the first baseline.
        // All the probes go in at once and are read after one layout (each changes nothing but its own cell).
        var misaligned = await page.EvaluateAsync<string[]>("""
            () => {
                const rows = [...document.querySelectorAll('[data-segment]')].map(row => {
                    const cells = [row.querySelector('[lang="zh-Hans"]'), row.querySelector('[lang="en"]')];
                    const probes = cells[0] && cells[1] ? cells.map(cell => {
                        const probe = document.createElement('span');
                        probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
                        cell.prepend(probe);
                        return probe;
                    }) : [];
                    return [row.dataset.segment, probes];
                });
                const measured = rows.map(([n, probes]) =>
                    [n, probes.length ? probes[0].getBoundingClientRect().bottom - probes[1].getBoundingClientRect().bottom : 0]);
                rows.forEach(([, probes]) => probes.forEach(probe => probe.remove()));
                return measured.filter(([, d]) => Math.abs(d) > 1).map(([n, d]) => `segment ${n}: ${d.toFixed(1)} px`);
            }
            """);

        Assert.True(misaligned.Length == 0,
            $"in {misaligned.Length} of 611 rows the Chinese and English first lines sit on different baselines (Chinese lower by), e.g. {string.Join("; ", misaligned.Take(4))}");
    }

    [BrowserFact]
    public async Task ChineseCellsShowFullWidthPunctuation()
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?lang=zh");

        // An ASCII comma, question or exclamation mark, colon or semicolon beside a Chinese character.
        var halfWidth = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[data-segment] [lang^="zh"]')]
                .filter(cell => /[\u4e00-\u9fff][,?!:;]|[,?!:;][\u4e00-\u9fff]/.test(cell.innerText))
                .map(cell => `${cell.closest('[data-segment]').id}: ${cell.innerText.trim().slice(0, 30)}`)
            """);

        Assert.True(halfWidth.Length == 0, $"{halfWidth.Length} Chinese cells show half-width punctuation, e.g. {string.Join(" | ", halfWidth.Take(3))}");
    }

    [BrowserTheory, MemberData(nameof(ReaderSession.EveryKindOfPage), MemberType = typeof(ReaderSession))]
    public async Task EveryChineseStringOnThePageCarriesLang(string path)
    {
        var page = await app.OpenAsync(Device.Desktop, path);

        var unmarked = await page.EvaluateAsync<string[]>("""
            () => {
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const found = [];
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const parent = node.parentElement;
                    if (!/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(node.data) || parent.closest('script, style, template'))
                        continue;
                    if (!parent.closest('[lang]')?.getAttribute('lang').toLowerCase().startsWith('zh'))
                        found.push(`${parent.tagName.toLowerCase()}${parent.className ? '.' + parent.className : ''}: “${node.data.trim().slice(0, 24)}”`);
                }
                return [...new Set(found)];
            }
            """);

        Assert.True(unmarked.Length == 0, $"on {path} {unmarked.Length} Chinese strings have no lang=\"zh-…\": {string.Join("; ", unmarked.Take(6))}");
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task TheMissingLinePlaceholderIsLegibleAndUpright(ColorScheme scheme)
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?lang=both#s-435", colorScheme: scheme);
        var placeholder = page.Locator("[data-segment='435'] .missing").First;

        var style = await placeholder.EvaluateAsync<string>("e => getComputedStyle(e).fontStyle");
        var contrast = await placeholder.EvaluateAsync<double>(Contrast);

        Assert.True(style == "normal" && contrast >= 4.5,
            $"in the {scheme} scheme the missing-line placeholder is set {style} (it should be upright) at a contrast of {contrast:0.00}:1 (4.5:1 at least)");
    }

    // The WCAG contrast of an element's text against what is behind it: any CSS colour is read back through
    // a canvas, translucent backgrounds are laid over their parents', and the element's opacity is applied.
    private const string Contrast = """
        e => {
            const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
            const rgba = css => {
                canvas.clearRect(0, 0, 1, 1);
                canvas.fillStyle = css;
                canvas.fillRect(0, 0, 1, 1);
                const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
                return [r, g, b, a / 255];
            };
            const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3])).concat(1);
            const layers = [];
            let opacity = 1;
            for (let el = e; el; el = el.parentElement) {
                const s = getComputedStyle(el);
                layers.push(rgba(s.backgroundColor));
                opacity *= Number(s.opacity);
            }
            let background = [255, 255, 255, 1];
            for (const layer of layers.reverse())
                background = over(layer, background);
            const text = rgba(getComputedStyle(e).color);
            const seen = over([text[0], text[1], text[2], text[3] * opacity], background);
            const luminance = ([r, g, b]) => [r, g, b]
                .map(c => c / 255)
                .map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
                .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
            const [light, dark] = [luminance(seen), luminance(background)].sort((a, b) => b - a);
            return (light + 0.05) / (dark + 0.05);
        }
        """;
}
