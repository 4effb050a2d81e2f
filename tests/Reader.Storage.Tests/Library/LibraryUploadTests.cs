using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage.Library;
using Reader.Transcripts;

namespace Reader.Storage.Tests.Library;

public sealed class LibraryUploadTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly LibraryFiles files;
    private readonly LibraryUpload upload;

    public LibraryUploadTests()
    {
        files = new LibraryFiles(database.Transcripts, Path.Combine(database.Root, "sources"), NullLogger<LibraryFiles>.Instance);
        upload = new LibraryUpload(files, new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance), NullLogger<LibraryUpload>.Instance);
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public void ABilingualSrtBecomesOneTimedEpisodeKeptUnderTheSources()
    {
        var outcome = upload.Import([Text("first-talk.srt", Subtitles.Bilingual())], chapters: null);

        Assert.Empty(outcome.Problems);
        var episode = Assert.Single(outcome.Episodes);
        Assert.Equal((ImportOutcome.Added, "first-talk", 3, true), (episode.Outcome, episode.Slug, episode.Segments, episode.Timed));
        Assert.Equal(Subtitles.Bilingual(), File.ReadAllText(Path.Combine(files.SourcesFolder, "first-talk", "first-talk.srt")));
        using var db = database.CreateContext();
        Assert.Equal("first-talk/first-talk.srt", db.Episodes.Single().SourceFile);
    }

    [Theory]
    [InlineData("talk.zh.srt", "talk.en.srt")]
    [InlineData("talk.en.srt", "talk.zh.srt")]
    [InlineData("chinese.srt", "english.srt")]
    public void APairOfSingleLanguageFilesBecomesOneEpisode(string first, string second)
    {
        var outcome = upload.Import([Text(first, first.Contains("en") ? Subtitles.English : Subtitles.Chinese),
            Text(second, second.Contains("en") ? Subtitles.English : Subtitles.Chinese)], chapters: null);

        Assert.Empty(outcome.Problems);
        var episode = Assert.Single(outcome.Episodes);
        Assert.Equal(3, episode.Segments);
        using var db = database.CreateContext();
        Assert.Equal(Subtitles.Cues.Select(c => (c.Zh, c.En)), db.Segments.OrderBy(s => s.Ordinal).AsEnumerable().Select(s => (s.Zh!, s.En!)));
        Assert.Single(Directory.GetDirectories(files.SourcesFolder), d => !Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void TwoBilingualFilesInOneUploadAreTwoEpisodes()
    {
        var outcome = upload.Import([Text("monday.srt", Subtitles.Bilingual()), Text("tuesday.srt", Subtitles.Bilingual())], chapters: null);

        Assert.Empty(outcome.Problems);
        Assert.Equal(["monday", "tuesday"], outcome.Episodes.Select(e => e.Slug).Order());
        Assert.All(outcome.Episodes, e => Assert.Equal(3, e.Segments));
    }

    [Fact]
    public void ABadFileLeavesNoFolderAndNoRowAndSaysWhereAsSent()
    {
        var bad = Subtitles.Bilingual().Replace("00:00:04,000 --> 00:00:06,500", "00:00:04,000 --> 00:00:0x,500");

        var outcome = upload.Import([Text("My Talk (draft).srt", bad)], chapters: null);

        Assert.Empty(outcome.Episodes);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("My Talk (draft).srt", 7), (problem.File, problem.Line));
        Assert.StartsWith("expected", problem.Message);
        Assert.Equal([".staging"], Directory.GetFileSystemEntries(files.SourcesFolder).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(files.SourcesFolder, ".staging")));
        using var db = database.CreateContext();
        Assert.Empty(db.Episodes);
    }

    [Fact]
    public void AnAudioFileBecomesTheEpisodesMedia()
    {
        var outcome = upload.Import([Text("talk.srt", Subtitles.Bilingual()), new IncomingFile("talk.wav", () => new MemoryStream(Subtitles.Wav()), Subtitles.Wav().Length)], chapters: null);

        Assert.Empty(outcome.Problems);
        var folder = Path.Combine(files.SourcesFolder, "talk");
        Assert.Contains("\"file\": \"talk.wav\"", File.ReadAllText(Path.Combine(folder, "talk.media.json")));
        Assert.Equal(Subtitles.Wav(), File.ReadAllBytes(Path.Combine(folder, "talk.wav")));
        using var db = database.CreateContext();
        Assert.Equal(Path.Combine(folder, "talk.wav"), db.Episodes.Single().MediaFile);
    }

    [Fact]
    public void TheSameContentAgainIsUnchanged()
    {
        var first = upload.Import([Text("talk.srt", Subtitles.Bilingual())], chapters: null);

        var again = upload.Import([Text("talk.srt", Subtitles.Bilingual())], chapters: null);

        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(again.Episodes).Outcome);
        Assert.Equal(first.Episodes[0].Slug, again.Episodes[0].Slug);
        using var db = database.CreateContext();
        Assert.Single(db.Episodes);
    }

    [Fact]
    public void AChangedFileReplacesItsEpisodeUnderTheSameSlugAndKeepsTheEditedSpeakers()
    {
        var first = upload.Import([Text("talk.srt", Subtitles.Bilingual())], chapters: null);
        var speakers = Path.Combine(files.SourcesFolder, "talk", "talk.speakers.json");
        File.WriteAllText(speakers, """{ "Speaker 1": { "name": "Lin Yi" } }""");
        var changed = Subtitles.Bilingual([.. Subtitles.Cues, (10.0, 12.0, "再见。", "Goodbye.")]);

        var second = upload.Import([Text("talk.srt", changed)], chapters: null);

        var episode = Assert.Single(second.Episodes);
        Assert.Equal((ImportOutcome.Replaced, first.Episodes[0].Slug, 4), (episode.Outcome, episode.Slug, episode.Segments));
        Assert.True(File.Exists(speakers));
        Assert.Equal(changed, File.ReadAllText(Path.Combine(files.SourcesFolder, "talk", "talk.srt")));
        using var db = database.CreateContext();
        Assert.Equal("Lin Yi", db.Speakers.Single().Name);
        Assert.Single(db.Episodes);
    }

    [Fact]
    public void MoreFilesThanTheLimitAreRefusedWhole()
    {
        var incoming = Enumerable.Range(1, LibraryUpload.MaxFiles + 1).Select(i => Text($"talk-{i}.srt", Subtitles.Bilingual())).ToList();

        var outcome = upload.Import(incoming, chapters: null);

        Assert.Empty(outcome.Episodes);
        Assert.Equal($"expected at most {LibraryUpload.MaxFiles} files in one import, found {LibraryUpload.MaxFiles + 1}", Assert.Single(outcome.Problems).Message);
        Assert.False(Directory.Exists(files.SourcesFolder));
    }

    [Fact]
    public void ATranscriptOverTheLimitIsRefusedUnread()
    {
        var huge = new IncomingFile("huge.srt", () => new UnreadableStream(), TranscriptParser.MaxFileBytes + 1);

        var outcome = upload.Import([huge], chapters: null);

        Assert.Empty(outcome.Episodes);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("huge.srt", 0), (problem.File, problem.Line));
        Assert.StartsWith("expected a transcript of at most 64 MiB", problem.Message);
        Assert.False(Directory.Exists(files.SourcesFolder));
    }

    private static IncomingFile Text(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new IncomingFile(name, () => new MemoryStream(bytes), bytes.Length);
    }

    /// <summary>A body that must never be read: the size alone refuses it.</summary>
    private sealed class UnreadableStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => TranscriptParser.MaxFileBytes + 1;
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read a file over the limit");
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
