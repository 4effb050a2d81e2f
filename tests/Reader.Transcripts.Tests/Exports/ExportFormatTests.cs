using Reader.Transcripts.Exports;

namespace Reader.Transcripts.Tests.Exports;

public sealed class ExportFormatTests
{
    [Fact]
    public void TheFormatsAreTheSixTheReaderHasAlwaysOffered()
    {
        var formats = ExportFormat.All;

        Assert.Equal(["md", "vtt", "srt", "txt", "json", "chapters.json"], formats.Select(f => f.Extension));
        Assert.Equal(["md", "vtt", "srt", "txt", "json", "chapters"], formats.Select(f => f.Name));
    }

    [Theory]
    [InlineData("md", "text/markdown; charset=utf-8", false)]
    [InlineData("vtt", "text/vtt; charset=utf-8", true)]
    [InlineData("srt", "application/x-subrip; charset=utf-8", true)]
    [InlineData("txt", "text/plain; charset=utf-8", false)]
    [InlineData("json", "application/json; charset=utf-8", true)]
    [InlineData("chapters", "application/json+chapters; charset=utf-8", false)]
    public void EachFormatSaysItsContentTypeAndWhetherEverySegmentIsTimed(string name, string contentType, bool timed)
    {
        var format = ExportFormat.Find(name);

        Assert.NotNull(format);
        Assert.Equal((contentType, timed), (format.ContentType, format.Timed));
    }

    [Theory]
    [InlineData("chapters")]
    [InlineData("chapters.json")]
    public void ChaptersAreFoundByTheCliNameAndByTheUrlExtension(string nameOrExtension)
    {
        var format = ExportFormat.Find(nameOrExtension);

        Assert.Equal("chapters.json", format?.Extension);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("MD")]
    [InlineData("")]
    public void AnythingElseIsNoFormat(string nameOrExtension)
    {
        Assert.Null(ExportFormat.Find(nameOrExtension));
    }

    [Fact]
    public void EachFormatWritesWhatItsOwnExportWrites()
    {
        var transcript = Seed.Transcript;
        var options = ExportOptions.From("en", "Speaker 1");

        Assert.Equal(WebVttExport.Write(transcript, options), ExportFormat.Find("vtt")!.Write(transcript, options));
        Assert.Equal(PodcastJsonExport.Chapters(transcript), ExportFormat.Find("chapters")!.Write(transcript, options));
    }
}
