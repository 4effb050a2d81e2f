using Xunit.Abstractions;

// The browser collections wait much of their time (see BrowserCollections), and so does the restart test; with
// the default of one collection per core, two of them would hold this 2-core machine's slots while the fast
// tests queue behind them. xunit starts eight collections at a time, the browser ones first.
[assembly: CollectionBehavior(MaxParallelThreads = 8)]
[assembly: TestCollectionOrderer("Reader.Web.Tests.BrowserCollectionsFirst", "Reader.Web.Tests")]

namespace Reader.Web.Tests;

/// <summary>
/// bUnit's synchronous waits (Click, WaitForAssertion) block a pool thread each while eight collections run
/// beside them; with the default minimum of one thread per core, the renderer's dispatcher can starve and a
/// wait time out before its check ever ran (seen once on a loaded run).
/// </summary>
internal static class ThreadPoolSetup
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
    }
}

/// <summary>
/// Starts the long browser collections first, so that the short ones fill the slots beside them rather than
/// a browser collection starting last and running alone at the end.
/// </summary>
public sealed class BrowserCollectionsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => c.DisplayName.StartsWith(Browser.ReaderAppCollection.Name, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
