using Reader.Dictionary.Cedict;
using Reader.Storage;
using Reader.Web.Tests.Http;

namespace Reader.Web.Tests.Dictionary;

/// <summary>The app in memory with the real dictionary, as the build installs it, found already imported (a copy of the run's one import).</summary>
public sealed class DictionaryHost : ReaderHost
{
    protected override string DictionaryPackage => CedictPackage.DefaultFolder(SqliteSetup.RepositoryRoot()!);

    protected override bool StartsWithTheDictionary => true;
}
