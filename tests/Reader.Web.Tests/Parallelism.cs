using Xunit.Abstractions;

// Five browser collections wait most of their time (see BrowserCollections), and so does the restart test;
// with the default of one test per core, two of them would hold this 2-core machine's slots while the fast
// tests queue behind them.
[assembly: CollectionBehavior(MaxParallelThreads = 8)]
[assembly: TestCollectionOrderer("Reader.Web.Tests.BrowserCollectionsFirst", "Reader.Web.Tests")]

namespace Reader.Web.Tests;

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
