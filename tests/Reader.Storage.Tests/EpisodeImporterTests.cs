using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage.Library;
using Reader.Storage.Tests.Library;

namespace Reader.Storage.Tests;

public sealed class EpisodeImporterTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly EpisodeImporter importer;

    public EpisodeImporterTests() => importer = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance);

    public void Dispose() => database.Dispose();

    [Fact]
    public void ImportingTheSeedStoresEveryRecord()
    {
        var path = database.AddSeed();

        var result = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Added, result.Outcome);
        using var db = database.CreateContext();
        var episode = db.Episodes.Include(e => e.Speakers).Include(e => e.Chapters).Include(e => e.Warnings).Single();
        Assert.Equal("koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi", episode.Slug);
        Assert.Equal("Google AI: Release Notes", episode.Show);
        Assert.Equal(611, db.Segments.Count(s => s.EpisodeId == episode.Id));
        Assert.Equal(17, episode.Chapters.Count);
        Assert.Equal(["Logan Kilpatrick", "Koray Kavukcuoglu"], episode.Speakers.OrderBy(s => s.Label).Select(s => s.Name));
        Assert.Single(episode.Warnings);
        var missingChinese = db.Segments.Single(s => s.EpisodeId == episode.Id && s.Ordinal == 435);
        Assert.Null(missingChinese.Zh);
        Assert.Equal("at,", missingChinese.En);
    }

    [Fact]
    public void EachWarningIsLoggedOnceWithItsFileAndLine()
    {
        var path = database.AddSeed();
        var log = new RecordingLogger();
        var logged = new EpisodeImporter(database.Factory, log);

        logged.ImportFile(path);
        logged.ImportFile(path);

        Assert.Equal(
            ["Warning: seed.txt:2620: segment 435 (Speaker 1) has no Chinese line; kept with the Chinese marked missing"],
            log.Lines.Where(l => l.StartsWith("Warning:", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnImportCountsInTheSingularForOne()
    {
        var path = database.AddSeed();
        var log = new RecordingLogger();

        new EpisodeImporter(database.Factory, log).ImportFile(path);

        Assert.Contains("Information: Added koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi from seed.txt: 611 segments, 17 chapters, 1 warning", log.Lines);
    }

    [Fact]
    public void ReimportingAnUnchangedFileChangesNothing()
    {
        var path = database.AddSeed();
        importer.ImportFile(path);
        var before = Snapshot();

        var result = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Unchanged, result.Outcome);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void AChangedFileReplacesItsEpisodeAndKeepsItsSlug()
    {
        var path = database.AddSeed();
        var first = importer.ImportFile(path);
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "A Renamed Episode")
            .Replace("反响看起来非常积极。", "反响非常积极。"));

        var second = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Replaced, second.Outcome);
        Assert.Equal(first.Slug, second.Slug);
        using var db = database.CreateContext();
        var episode = db.Episodes.Single();
        Assert.Equal("A Renamed Episode", episode.TitleEn);
        Assert.Equal(611, db.Segments.Count());
        Assert.Equal(17, db.Chapters.Count());
        Assert.Contains(db.Segments, s => s.Zh == "反响非常积极。");
    }

    [Fact]
    public void AFailingFileLeavesTheDatabaseAsItWasWhileOthersImport()
    {
        var good = database.AddSeed("a-good.txt");
        importer.ImportFile(good);
        var before = Snapshot();
        database.AddSeed("b-bad.txt", text => text.Replace("4:16 - 持续进步与创新", "7:99 - 持续进步与创新"));
        database.AddSeed("c-other.txt", text => text.Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "Another Episode"));

        var results = importer.ImportFolder(database.Transcripts);

        Assert.Equal([ImportOutcome.Unchanged, ImportOutcome.Failed, ImportOutcome.Added], results.Select(r => r.Outcome));
        Assert.Equal("b-bad.txt:9: expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '7:99'", results[1].Error);
        using var db = database.CreateContext();
        Assert.Equal(2, db.Episodes.Count());
        Assert.Equal(before.Segments + 611, db.Segments.Count());
    }

    [Fact]
    public void AChangedFileThatNoLongerParsesKeepsTheOldEpisode()
    {
        var path = database.AddSeed();
        importer.ImportFile(path);
        var before = Snapshot();
        File.WriteAllText(path, "not a transcript");

        var result = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void TwoSeedsWithTheSameTitleGetDistinctSlugsTheSecondByItsFileName()
    {
        importer.ImportFile(database.AddSeed("one.txt"));

        var second = importer.ImportFile(database.AddSeed("two.txt"));

        Assert.Equal("koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi-two", second.Slug);
    }

    [Fact]
    public void TheSpeakerSidecarIsAppliedAndSurvivesReimport()
    {
        var path = database.AddSeed();
        importer.ImportFile(path);
        File.WriteAllText(Path.Combine(database.Transcripts, "seed.speakers.json"), """{ "Speaker 1": { "name": "Koray K." } }""");

        var sidecarAdded = importer.ImportFile(path);
        File.AppendAllText(path, "\n");
        var transcriptChanged = importer.ImportFile(path);

        Assert.Equal(ImportOutcome.Replaced, sidecarAdded.Outcome);
        Assert.Equal(ImportOutcome.Replaced, transcriptChanged.Outcome);
        using var db = database.CreateContext();
        Assert.Equal("Koray K.", db.Speakers.Single(s => s.Label == "Speaker 1").Name);
        Assert.Equal("Logan Kilpatrick", db.Speakers.Single(s => s.Label == "Speaker 0").Name);
    }

    [Fact]
    public void AForcedImportReplacesAnUnchangedEpisodeAndKeepsItsSlug()
    {
        importer.ImportFile(database.AddSeed("one.txt"));
        var path = database.AddSeed("two.txt");
        var first = importer.ImportFile(path);

        var forced = importer.ImportSource(new EpisodeSource("two.txt", [path]), force: true);

        Assert.Equal(ImportOutcome.Replaced, forced.Outcome);
        Assert.Equal(first.Slug, forced.Slug);
    }

    [Fact]
    public void RemoveGoneRemovesEpisodesWhoseFilesAreGoneOnlyWhereTheirFolderIsThere()
    {
        importer.ImportFile(database.AddSeed("kept.txt"));
        importer.ImportFile(database.AddSeed("gone.txt"));
        importer.ImportSource(new EpisodeSource("folder/elsewhere.txt", [database.AddSeed("elsewhere.txt")]));

        var removed = importer.RemoveGone(
            [new EpisodeSource("kept.txt", [Path.Combine(database.Transcripts, "kept.txt")])], folderIsThere: key => !key.Contains('/'), isThereNow: _ => false);

        Assert.Equal(["gone.txt"], removed.Select(r => r.SourceKey));
        using var db = database.CreateContext();
        Assert.Equal(["folder/elsewhere.txt", "kept.txt"], db.Episodes.Select(e => e.SourceFile).OrderBy(f => f).ToList());
    }

    [Fact]
    public void RemoveGoneKeepsAnEpisodeWhoseFilesArrivedAfterTheListWasMade()
    {
        // The watcher lists the sources, then an upload moves a folder in and imports it, then the watcher removes
        // what its list lacks: that must not be the upload.
        var staleList = new List<EpisodeSource>();
        importer.ImportSource(new EpisodeSource("upload/new.txt", [database.AddSeed("new.txt")]));

        var removed = importer.RemoveGone(staleList, folderIsThere: _ => true, isThereNow: key => key == "upload/new.txt");

        Assert.Empty(removed);
        using var db = database.CreateContext();
        Assert.Equal(["upload/new.txt"], db.Episodes.Select(e => e.SourceFile).ToList());
    }

    [Fact]
    public void AFileThatCannotBeReadIsReportedNotThrown()
    {
        var result = importer.ImportFile(Path.Combine(database.Transcripts, "missing.txt"));

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("missing.txt", result.Error);
    }

    [Fact]
    public void ATimedSourcesSegmentsCarryTheirCuesStartsAndEnds()
    {
        var path = Path.Combine(database.Transcripts, "talk.srt");
        File.WriteAllText(path, Subtitles.Bilingual());

        var result = importer.ImportFile(path);

        Assert.True(result.Timed);
        using var db = database.CreateContext();
        Assert.Equal(Subtitles.Cues.Select(c => ((double?)c.Start, (double?)c.End)),
            db.Segments.OrderBy(s => s.Ordinal).AsEnumerable().Select(s => (s.StartSeconds, s.EndSeconds)));
    }

    [Fact]
    public void RemoveDeletesTheEpisodeAndItsSearchEntries()
    {
        importer.ImportFile(database.AddSeed("keep.txt"));
        var path = Path.Combine(database.Transcripts, "talk.srt");
        File.WriteAllText(path, Subtitles.Bilingual());
        importer.ImportFile(path);

        var removed = importer.Remove("talk.srt");

        Assert.True(removed);
        using var db = database.CreateContext();
        Assert.Equal(["keep.txt"], db.Episodes.Select(e => e.SourceFile));
        Assert.Equal(db.Segments.Count(), db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM SegmentSearch").Single());
        Assert.False(importer.Remove("talk.srt"));
    }

    private (int Episodes, int Segments, int Chapters, int Speakers, string Hashes, string Imported) Snapshot()
    {
        using var db = database.CreateContext();
        var episodes = db.Episodes.AsNoTracking().OrderBy(e => e.Id).ToList();
        return (episodes.Count, db.Segments.Count(), db.Chapters.Count(), db.Speakers.Count(),
            string.Join(",", episodes.Select(e => $"{e.Id}:{e.ContentHash}")),
            string.Join(",", episodes.Select(e => e.ImportedAtUtc.Ticks)));
    }
}
