// Reader.Web.Benchmarks: measures the reader page for the seed episode. Not a test; run it in Release:
//
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks               every measurement below
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks -- --screenshots <dir>
//                                                                              desktop and phone screenshots of both pages
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks -- --throughput [seconds]
//                                                                              requests/s and p50 per Accept-Encoding (wrk)
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks -- --cache     the episode cache over 1,000 episodes
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks -- --follow    following the spoken line while audio plays
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks -- --words     click to word popup, pinyin switch (issue 13)
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks -- --word-screenshots <dir>
//                                                                              the popup, pinyin mode and the Words page
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks -- --dictionary
//                                                                              dictionary import, lookup p50/p95, pinyin.json, segmentation vs jieba
//   dotnet run -c Release --project tests/Reader.Web.Benchmarks -- --log-lines the app's console lines in a scripted reading session
//
// 1. Server time of GET /episodes/{slug}: median and p95 of many sequential requests, and the page's size raw,
//    gzip and brotli (targets: under 20 ms, under 80 KB compressed).
// 2. In Chromium: the time from a language click to the updated view (the container's attribute changed and
//    two frames painted), and the bytes that crossed the circuit's WebSocket for it (targets: 50 ms, 2 KB).
// 3. Server memory per connected reader: managed heap after a forced full GC, before and after opening N more
//    readers, divided by N (target: at most 600 KB).
namespace Reader.Web.Benchmarks;

// Not top-level statements: the app under measurement already has a class named Program.
internal static class Harness
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--cache"])
        {
            await EpisodeCacheMemory.RunAsync();
            return 0;
        }

        if (args is ["--follow"])
        {
            await FollowTiming.RunAsync();
            return 0;
        }

        if (args is ["--log-lines"])
        {
            await LogLines.RunAsync();
            return 0;
        }

        await using var server = new ReaderServer();

        if (args is ["--screenshots", var folder])
        {
            await Screenshots.TakeAsync(server, folder);
            return 0;
        }

        if (args is ["--words"])
        {
            await WordTiming.RunAsync(server);
            return 0;
        }

        if (args is ["--word-screenshots", var wordFolder])
        {
            await WordScreenshots.TakeAsync(server, wordFolder);
            return 0;
        }

        if (args is ["--dictionary"])
        {
            await DictionaryTiming.RunAsync(server);
            return 0;
        }

        if (args is ["--throughput", ..var rest])
        {
            await Throughput.RunAsync(server, rest is [var seconds] ? int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture) : 10);
            return 0;
        }

        await PageTiming.RunAsync(server);
        await SwitchTiming.RunAsync(server);
        await CircuitMemory.RunAsync(server, readers: 30);
        return 0;
    }
}
