using System.Diagnostics;
using System.Globalization;

namespace Reader.Benchmarks;

/// <summary>
/// <c>--first-import</c>: what the first import costs in a fresh process (the CLI's case: EF Core builds its
/// services and model, everything is JIT-compiled), against a second import into another empty database.
/// </summary>
internal static class FirstImport
{
    public static int Run()
    {
        var seed = Seeds.SeedPath;
        var folder = Path.Combine(Path.GetTempPath(), $"reader-first-import-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var first = Time(Path.Combine(folder, "first.db"), seed);
            var second = Time(Path.Combine(folder, "second.db"), seed);
            Console.WriteLine($"first  (cold process): migrate {Ms(first.Migrate)} ms, import {Ms(first.Import)} ms, together {Ms(first.Migrate + first.Import)} ms");
            Console.WriteLine($"second (same process, still mostly tier-0 code): migrate {Ms(second.Migrate)} ms, import {Ms(second.Import)} ms, together {Ms(second.Migrate + second.Import)} ms");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (TimeSpan Migrate, TimeSpan Import) Time(string database, string seed)
    {
        var clock = Stopwatch.StartNew();
        var importer = ImportRun.MigratedImporter(database);
        var migrate = clock.Elapsed;

        clock.Restart();
        ImportRun.ImportOrThrow(importer, seed);
        var import = clock.Elapsed;

        ImportRun.Delete(database);
        return (migrate, import);
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);
}
