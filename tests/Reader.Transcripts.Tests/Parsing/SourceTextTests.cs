using System.Text;
using Reader.Transcripts.Parsing;

namespace Reader.Transcripts.Tests.Parsing;

public sealed class SourceTextTests
{
    [Fact]
    public void ByteOrderMarkIsDropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "封面\n"u8];

        var text = SourceText.Decode("a.txt", bytes);

        Assert.Equal("封面\n", text);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void NulByteIsReportedOnItsLine(string lineEnd)
    {
        var bytes = Encoding.UTF8.GetBytes($"one{lineEnd}two{lineEnd}th\0ree{lineEnd}");

        var error = Assert.Throws<TranscriptFormatException>(() => SourceText.Decode("a.bin", bytes));

        Assert.Equal("a.bin", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("binary data (a NUL byte)", error.Expected);
    }

    [Fact]
    public void NulByteIsReportedOnItsLineWithCarriageReturnLineEnds()
    {
        var bytes = Encoding.UTF8.GetBytes("one\rtwo\rth\0ree\r");

        var error = Assert.Throws<TranscriptFormatException>(() => SourceText.Decode("a.bin", bytes));

        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 1)]
    [InlineData(new byte[] { 0x61, 0x0A, 0xC3, 0x28 }, 2)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x0A, 0x62, 0xE4, 0xBD }, 3)]
    [InlineData(new byte[] { 0x0A, 0xED, 0xA0, 0x80 }, 2)]
    public void InvalidUtf8IsReportedOnTheLineOfTheFirstBadByte(byte[] bytes, int line)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => SourceText.Decode("a.txt", bytes));

        Assert.Equal(line, error.Line);
        Assert.Contains("expected UTF-8 text, found bytes that are not UTF-8", error.Expected);
    }

    [Theory]
    [InlineData("a\nb\n\nc", new[] { 1, 2, 4 })]
    [InlineData("a\r\nb\r\n\r\nc", new[] { 1, 2, 4 })]
    [InlineData("a\rb\r\rc", new[] { 1, 2, 4 })]
    [InlineData("a\r\n\nb\r\rc\n", new[] { 1, 3, 5 })]
    [InlineData("\n\na", new[] { 3 })]
    public void LinesAreNumberedAsInTheFileWhateverTheLineEnds(string text, int[] numbers)
    {
        var lines = SourceText.NonBlankLines(text);

        Assert.Equal(numbers, lines.Select(l => l.Number));
    }

    [Fact]
    public void LinesAreTrimmedAndBlankLinesSkipped()
    {
        var lines = SourceText.NonBlankLines("  Speaker 0 \t\n \u3000\n\t你好。\u3000\n");

        Assert.Equal([new TextLine(1, "Speaker 0"), new TextLine(3, "你好。")], lines);
    }

    [Fact]
    public void ByteOrderMarkAtTheStartOfTheStringIsNotPartOfTheFirstLine()
    {
        var lines = SourceText.NonBlankLines("\uFEFFShow - 标题 封面\n");

        Assert.Equal("Show - 标题 封面", Assert.Single(lines).Text);
    }

    [Fact]
    public void AnEndlessFileIsRefusedAtTheLimitWithoutBeingReadWhole()
    {
        if (!File.Exists("/dev/zero"))
            return;

        var error = Assert.Throws<TranscriptFormatException>(() => SourceFile.Read("/dev/zero"));

        Assert.Equal(("zero", 1), (error.File, error.Line));
        Assert.Equal("expected a transcript of at most 64 MiB, found more (the limit is passed on this line)", error.Expected);
    }
}
