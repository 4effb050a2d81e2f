using Reader.Storage.Library;

namespace Reader.Storage.Tests.Library;

public sealed class EpisodeSourceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reader-episode-source-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AChineseAndAnEnglishFileWithOneStemAreOneSource()
    {
        Touch("interview.zh.srt", "interview.en.srt");

        var sources = EpisodeSource.InFolder(folder);

        var source = Assert.Single(sources);
        Assert.Equal("interview.en.srt", source.Key);
        Assert.Equal(["interview.en.srt", "interview.zh.srt"], source.Files.Select(Path.GetFileName));
    }

    [Fact]
    public void ALoneLanguageTaggedFileIsASourceOfItsOwn()
    {
        Touch("interview.zh.srt", "other.en.srt");

        var sources = EpisodeSource.InFolder(folder);

        Assert.Equal([["interview.zh.srt"], ["other.en.srt"]], sources.Select(s => s.Files.Select(Path.GetFileName).ToArray()));
        Assert.Equal(["interview.zh.srt", "other.en.srt"], sources.Select(s => s.Key));
    }

    [Fact]
    public void SidecarsChapterListsAndHiddenFilesAreNotSources()
    {
        Touch("show.srt", "show.speakers.json", "show.times.json", "show.media.json", "show.chapters.txt", "show.mp3", ".hidden.srt", "notes.md");

        var sources = EpisodeSource.InFolder(folder);

        Assert.Equal(["show.srt"], sources.Select(s => s.Key));
    }

    [Theory]
    [InlineData("episode.txt")]
    [InlineData("episode.srt")]
    [InlineData("episode.vtt")]
    [InlineData("episode.ass")]
    [InlineData("episode.ssa")]
    [InlineData("EPISODE.SRT")]
    public void EveryFormatsExtensionIsASource(string name)
    {
        Touch(name);

        var sources = EpisodeSource.InFolder(folder);

        Assert.Equal([name], sources.Select(s => s.Key));
    }

    [Fact]
    public void TwoUntaggedTranscriptsWithTheSameStemAreTwoSources()
    {
        Touch("show.srt", "show.vtt");

        var sources = EpisodeSource.InFolder(folder);

        Assert.Equal(["show.srt", "show.vtt"], sources.Select(s => s.Key));
    }

    private void Touch(params string[] names)
    {
        foreach (var name in names)
            File.WriteAllText(Path.Combine(folder, name), "");
    }
}
