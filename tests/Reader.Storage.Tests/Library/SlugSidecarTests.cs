using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage.Library;

namespace Reader.Storage.Tests.Library;

/// <summary>An episode's slug stays its own across rebuilds and re-imports in any order, kept with its source.</summary>
public sealed class SlugSidecarTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly LibraryFiles files;

    public SlugSidecarTests() => files = new LibraryFiles(Path.Combine(database.Root, "seeds"), Path.Combine(database.Root, "sources"), NullLogger<LibraryFiles>.Instance);

    public void Dispose() => database.Dispose();

    [Fact]
    public void ALibrarySourceKeepsItsSlugThroughARebuildInAnotherOrder()
    {
        var a = Episode("a", "talk.srt");
        var b = Episode("b", "talk.srt");
        var first = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance);
        var slugA = first.ImportSource(a).Slug;
        var slugB = first.ImportSource(b).Slug;
        using var rebuilt = new TempDatabase();
        var importer = new EpisodeImporter(rebuilt.Factory, NullLogger<EpisodeImporter>.Instance);

        var againB = importer.ImportSource(b, force: true).Slug;
        var againA = importer.ImportSource(a, force: true).Slug;

        Assert.Equal(("talk", "talk-2"), (slugA, slugB));
        Assert.Equal(("talk", "talk-2"), (againA, againB));
        Assert.Equal("talk-2", File.ReadAllText(Path.Combine(files.SourcesFolder, "b", "talk.slug")).Trim());
    }

    [Fact]
    public void KeepingTheSlugChangesNoContentHashSoNothingIsImportedAgain()
    {
        var source = Episode("a", "talk.srt");
        var before = EpisodeImporter.Read(source).ContentHash;
        var importer = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance);
        importer.ImportSource(source);

        var after = EpisodeImporter.Read(source).ContentHash;
        var again = importer.ImportSource(source);

        Assert.True(File.Exists(SlugSidecar.PathFor(source.Primary)));
        Assert.Equal(before, after);
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
    }

    [Fact]
    public void ASlugAnotherSourceHoldsIsAWarningAndTheNewOneIsKeptInstead()
    {
        var logger = new RecordingLogger();
        var importer = new EpisodeImporter(database.Factory, logger);
        var original = Episode("a", "talk.srt");
        importer.ImportSource(original);
        var copy = Episode("copy", "talk.srt");
        File.Copy(SlugSidecar.PathFor(original.Primary), SlugSidecar.PathFor(copy.Primary));

        var result = importer.ImportSource(copy);

        Assert.Equal("talk-2", result.Slug);
        Assert.Equal("talk-2", SlugSidecar.Read(copy.Primary));
        Assert.Contains(logger.Lines, l => l.StartsWith("Warning: copy/talk.srt keeps the slug talk, but a/talk.srt holds it", StringComparison.Ordinal));
    }

    [Fact]
    public void ASeedsSlugIsDerivedFromItsTitleThenItsFileNameAndNoFileIsWrittenInTheSeedsFolder()
    {
        Directory.CreateDirectory(files.SeedsFolder);
        File.Copy(TempDatabase.Seed, Path.Combine(files.SeedsFolder, "first.txt"));
        File.Copy(TempDatabase.Seed, Path.Combine(files.SeedsFolder, "second.txt"));
        const string title = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

        var first = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance);
        var slugs = files.SeedSources().Select(s => first.ImportSource(s).Slug).ToList();
        using var rebuilt = new TempDatabase();
        var importer = new EpisodeImporter(rebuilt.Factory, NullLogger<EpisodeImporter>.Instance);
        var again = files.SeedSources().Select(s => importer.ImportSource(s, force: true).Slug).ToList();

        Assert.Equal([title, $"{title}-second"], slugs);
        Assert.Equal(slugs, again);
        Assert.Equal(["first.txt", "second.txt"], Directory.EnumerateFiles(files.SeedsFolder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void SourcesThatKeepASlugComeFirstSoThatNoSeedTakesItInARebuild()
    {
        Directory.CreateDirectory(files.SeedsFolder);
        File.Copy(TempDatabase.Seed, Path.Combine(files.SeedsFolder, "seed.txt"));
        var kept = Episode("kept", "talk.srt");
        var fresh = Episode("fresh", "talk.srt");
        SlugSidecar.Write(kept.Primary, "talk");

        var order = files.AllSources().Select(s => s.Key);

        Assert.Equal(["kept/talk.srt", "seed.txt", "fresh/talk.srt"], order);
    }

    [Fact]
    public void AReplacedEpisodeKeepsItsSlugSidecar()
    {
        var source = Episode("talk", "talk.srt");
        SlugSidecar.Write(source.Primary, "talk-7");
        var staged = files.Stage("talk", [new IncomingFile("talk.srt", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Subtitles.Bilingual())), 1)], media: null, chapters: null);

        var committed = files.Commit(staged);

        Assert.Equal("talk-7", SlugSidecar.Read(committed.Source.Primary));
    }

    private EpisodeSource Episode(string folder, string name)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(files.SourcesFolder, folder)).FullName, name);
        File.WriteAllText(path, Subtitles.Bilingual());
        return EpisodeSource.OfEpisodeFolder(Path.GetDirectoryName(path)!)!;
    }
}
