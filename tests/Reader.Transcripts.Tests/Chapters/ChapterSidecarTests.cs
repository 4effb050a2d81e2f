using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Tests.Chapters;

public sealed class ChapterSidecarTests
{
    [Fact]
    public void ATranscriptsChapterSidecarIsNamedInItsErrors()
    {
        var srt = "1\n00:00:01,000 --> 00:00:02,000\n你好。\nHello.\n";

        var error = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptReader.Read([new SourceFile("a.srt", System.Text.Encoding.UTF8.GetBytes(srt))], "0:00 - 开场 0:00 - 又开场", chapterListFile: "a.chapters.txt"));

        Assert.Equal("a.chapters.txt", error.File);
    }
}
