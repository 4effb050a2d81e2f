using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage.Library;

namespace Reader.Storage.Tests.Library;

public sealed class LibraryFilesTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly LibraryFiles files;

    public LibraryFilesTests() => files = new LibraryFiles(Path.Combine(database.Root, "seeds"), Path.Combine(database.Root, "sources"), NullLogger<LibraryFiles>.Instance);

    public void Dispose() => database.Dispose();

    [Fact]
    public void StagedSidecarsAreNamedAfterTheEpisodesFirstFile()
    {
        var transcript = Incoming("My Talk!.txt", "transcript") with { Sidecars = [Incoming("My Talk!.speakers.json", "{}"), Incoming("My Talk!.times.json", "{ \"pins\": [] }")] };

        var staged = files.Stage("My Talk!", [transcript], media: null, chapters: null);

        Assert.Equal(["My Talk.speakers.json", "My Talk.times.json", "My Talk.txt"], Directory.EnumerateFiles(staged.Folder).Select(Path.GetFileName).Order());
        Assert.Equal("{}", File.ReadAllText(Path.Combine(staged.Folder, "My Talk.speakers.json")));
    }

    [Fact]
    public void AChapterListGivenWithTheUploadWinsOverTheSidecarBroughtAlong()
    {
        var transcript = Incoming("talk.txt", "transcript") with { Sidecars = [Incoming("talk.chapters.txt", "0:00 - old")] };

        var staged = files.Stage("talk", [transcript], media: null, chapters: "0:00 - new");

        Assert.Equal("0:00 - new", File.ReadAllText(Path.Combine(staged.Folder, "talk.chapters.txt")).Trim());
    }

    [Fact]
    public void HasFolderForSaysWhetherTheFolderOfAKeyIsThere()
    {
        Directory.CreateDirectory(files.SourcesFolder);

        Assert.True(files.HasFolderFor("talk/talk.txt"));
        Assert.False(files.HasFolderFor("seed.txt"));
    }

    private static IncomingFile Incoming(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new IncomingFile(name, () => new MemoryStream(bytes), bytes.Length);
    }
}
