using Reader.Transcripts.Chapters;
using Reader.Transcripts.Media;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests;

public sealed class SidecarTextTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reader-sidecars-").FullName;

    [Theory]
    [InlineData("big.times.json", "expected a timing sidecar of at most 8 MiB, found 16 MiB (the limit is passed on this line)")]
    [InlineData("big.speakers.json", "expected a speaker sidecar of at most 1 MiB, found 2 MiB (the limit is passed on this line)")]
    [InlineData("big.media.json", "expected a media sidecar of at most 64 KiB, found 128 KiB (the limit is passed on this line)")]
    [InlineData("big.chapters.txt", "expected a chapter sidecar of at most 1 MiB, found 2 MiB (the limit is passed on this line)")]
    public void EachSidecarFileOverItsLimitIsRefusedByItsLengthNamingFileAndLine(string name, string expected)
    {
        var (read, limit) = Sidecar(name);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "{\n\n" + new string(' ', 2 * limit - 3));

        var error = Assert.Throws<TranscriptFormatException>(() => read(path));

        Assert.Equal($"{name}:3: {expected}", error.Message);
    }

    [Theory]
    [InlineData("a.times.json")]
    [InlineData("a.speakers.json")]
    [InlineData("a.media.json")]
    [InlineData("a.chapters.txt")]
    public void ASidecarOfExactlyItsLimitIsReadWhole(string name)
    {
        var (read, limit) = Sidecar(name);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "\uFEFF" + new string('x', limit - 3));

        var text = read(path);

        Assert.Equal(limit - 3, text.Length);
    }

    private static (Func<string, string> Read, int Limit) Sidecar(string name) => Path.GetExtension(Path.GetFileNameWithoutExtension(name)) switch
    {
        ".times" => (TimingSidecar.Read, TimingSidecar.MaxBytes),
        ".speakers" => (SpeakerOverrides.Read, SpeakerOverrides.MaxBytes),
        ".media" => (MediaSidecar.Read, MediaSidecar.MaxBytes),
        _ => (ChapterSidecar.Read, ChapterSidecar.MaxBytes),
    };

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
