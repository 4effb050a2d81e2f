namespace Reader.Web.Benchmarks;

/// <summary>Managed heap held per connected reader, measured in the server's own process.</summary>
internal static class CircuitMemory
{
    public static async Task RunAsync(ReaderServer server, int readers)
    {
        await MeasureAsync(server.BaseUrl + ReaderServer.SeedPath, "reader", readers);
    }

    private static async Task MeasureAsync(string url, string what, int readers)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // One reader first, so the episode's shared view model is cached before the baseline.
        await Browser.OpenReaderAsync(browser, url);
        var before = HeapAfterFullCollection();

        for (var i = 0; i < readers; i++)
            await Browser.OpenReaderAsync(browser, url);
        await Task.Delay(15000);
        var after = HeapAfterFullCollection();

        Console.WriteLine($"Server memory per connected {what}, {readers} more:");
        Console.WriteLine($"  managed heap {before / 1048576.0:F1} MB -> {after / 1048576.0:F1} MB, {(after - before) / 1024.0 / readers:F0} KB per reader");
    }

    /// <summary>The managed heap once everything unreachable is collected.</summary>
    internal static long HeapAfterFullCollection()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
