using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

public static class Axe
{
    // Only the violations come back with every node: the reader page has ~5,000 elements, and the passing
    // nodes' details would be built, sent and parsed for nothing.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>axe-core over the whole page as it is now.</summary>
    public static Task<AxeResult> RunAxeAsync(this IPage page) => page.RunAxe(ViolationsOnly);

    /// <summary>axe-core over the parts of the page that match these selectors (the rest is scanned elsewhere).</summary>
    public static Task<AxeResult> RunAxeAsync(this IPage page, params string[] only) =>
        page.RunAxe(new AxeRunContext { Include = [.. only.Select(selector => new AxeSelector(selector))] }, ViolationsOnly);
}
