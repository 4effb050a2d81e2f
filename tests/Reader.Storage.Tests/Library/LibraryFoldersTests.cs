using Reader.Storage.Library;

namespace Reader.Storage.Tests.Library;

public sealed class LibraryFoldersTests
{
    [Fact]
    public void TheSourcesFolderIsBesideTheDatabaseUnlessConfigured()
    {
        var database = Path.Combine(Path.GetTempPath(), "library", "reader.db");

        Assert.Equal(Path.Combine(Path.GetTempPath(), "library", "sources"), LibraryFolders.Sources(null, $"Data Source={database}"));
        Assert.Equal(Path.Combine(Path.GetTempPath(), "elsewhere"), LibraryFolders.Sources(Path.Combine(Path.GetTempPath(), "elsewhere"), $"Data Source={database}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void TheSeedsFolderIsTheRepositorysUnlessConfigured(string? configured)
    {
        Assert.Equal("seeds", Path.GetFileName(LibraryFolders.Seeds(configured)));
        Assert.Equal(Path.GetFullPath("mine"), LibraryFolders.Seeds("mine"));
    }
}
