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
/// Starts the browser collections first, the longest first, so that the short ones fill the slots beside them
/// rather than a long one starting last and running alone at the end (the reading-state collection did, for its
/// last ~30 s). xunit keeps this order only roughly: a collection whose fixture starts asynchronously (the
/// listening app's) can still start later than its place.
/// </summary>
public sealed class BrowserCollectionsFirst : ITestCollectionOrderer
{
    // Longest first, by each collection's time in a whole run here (seconds, rounded): ReaderApp's many
    // classes ~89, word lookups ~76, saved words ~68, chapter jumps ~66, landings ~64, access ~64, listening
    // ~40, jumps to an address ~35, reading state ~33, find ~28.
    private static readonly string[] LongestFirst =
    [
        Browser.ReaderAppCollection.Name,
        Browser.WordsCollection.Name,
        Browser.SavedWordsCollection.Name,
        Browser.JumpCollection.Name,
        Browser.LandingCollection.Name,
        Browser.AccessCollection.Name,
        Browser.Listening.ListeningAppCollection.Name,
        Browser.HashAndFindJumpCollection.Name,
        Browser.ReadingStateCollection.Name,
        Browser.FindCollection.Name,
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => Array.IndexOf(LongestFirst, c.DisplayName) is var at and >= 0 ? at : LongestFirst.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
