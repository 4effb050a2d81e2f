using Reader.Transcripts.Formats;

namespace Reader.Transcripts.Tests.Formats;

public sealed class SourceFormatsTests
{
    [Theory]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\nHello.", SourceFormat.WebVtt)]
    [InlineData("\uFEFFWEBVTT - Title\n", SourceFormat.WebVtt)]
    [InlineData("[Script Info]\nTitle: x\n", SourceFormat.Ass)]
    [InlineData("[script info]\r\nTitle: x\r\n", SourceFormat.Ass)]
    [InlineData("Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hello.", SourceFormat.Ass)]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHello.", SourceFormat.Srt)]
    [InlineData("\n\n1\r\n00:00:01.000 --> 00:00:02.000\r\nHello.", SourceFormat.Srt)]
    [InlineData("Test Show - 测试节目 封面\n测试节目\n", SourceFormat.BaytExport)]
    [InlineData("仅展示文本字幕\nSpeaker 0\n你好。\nHello.", SourceFormat.BaytExport)]
    public void FormatIsRecognisedByContent(string text, SourceFormat format)
    {
        var detected = SourceFormats.Detect("any.txt", text);

        Assert.Equal(format, detected);
    }

    [Fact]
    public void SeedIsTheExport()
    {
        var detected = SourceFormats.Detect(Seed.File, Seed.Text);

        Assert.Equal(SourceFormat.BaytExport, detected);
    }

    [Fact]
    public void TextOfNoFormatIsAnErrorQuotingItsFirstLine()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => SourceFormats.Detect("notes.md", "# My notes\nSome text."));

        Assert.Equal(("notes.md", 1), (error.File, error.Line));
        Assert.Equal("expected one of the formats Reader reads — the podcast app's bilingual export, SRT, WebVTT or ASS/SSA subtitles — found a first line '# My notes'", error.Expected);
    }

    [Fact]
    public void LongFirstLineIsShortenedInTheError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => SourceFormats.Detect("long.txt", new string('x', 200)));

        Assert.EndsWith($"found a first line '{new string('x', 79)}…'", error.Expected);
    }

    [Fact]
    public void EmptyFileIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => SourceFormats.Detect("empty.srt", "\n \n"));

        Assert.EndsWith("found an empty file", error.Expected);
    }
}
