using Deque.AxeCore.Playwright;

namespace Reader.Web.Tests.Browser;

[Collection(AccessCollection.Name)]
public sealed class AccessibilityTests(ReaderApp app)
{
    [BrowserFact]
    public async Task TheLibraryHasNoAxeViolations()
    {
        var page = await app.OpenAsync("/");

        var result = await page.RunAxeAsync();

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
    }

    // Three scans cover every mode: both languages; Chinese alone with find hits marked; English alone in learning
    // mode with a speaker hidden and the find hits counted as hidden.
    [BrowserFact]
    public async Task TheReaderHasNoAxeViolationsInAnyMode()
    {
        foreach (var query in new[] { "", "?lang=zh&q=%E6%A8%A1%E5%9E%8B", "?lang=en&learn=1&hide=Speaker%201&q=%E6%A8%A1%E5%9E%8B" })
        {
            var page = await app.OpenAsync("/episodes/" + ReaderApp.SeedSlug + query);

            var result = await page.RunAxeAsync();

            Assert.True(result.Violations.Length == 0, query + ": " + Describe(result.Violations));
        }
    }

    [BrowserFact]
    public async Task SearchHasNoAxeViolationsWithResultsWithoutAndOnAPhone()
    {
        foreach (var (query, width) in new[] { ("", 1366), ("?q=%E6%A8%A1%E5%9E%8B", 1366), ("?q=%E6%A8%A1%E5%9E%8B&page=2", 390), ("?q=zzzzqx", 1366), ("?q=%21%21%21", 1366) })
        {
            var page = await app.OpenAsync("/search" + query, width);

            var result = await page.RunAxeAsync();

            Assert.True(result.Violations.Length == 0, query + ": " + Describe(result.Violations));
        }
    }

    private static string Describe(IEnumerable<Deque.AxeCore.Commons.AxeResultItem> violations) =>
        string.Join("\n", violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Html})"));
}
