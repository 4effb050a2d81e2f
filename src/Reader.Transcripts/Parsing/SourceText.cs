using System.Text;
using System.Text.Unicode;

namespace Reader.Transcripts.Parsing;

/// <summary>Turns the file's bytes into lines: UTF-8 with or without a BOM, CRLF, CR or LF line ends.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            bytes = bytes[Encoding.UTF8.Preamble.Length..];

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new TranscriptFormatException(file, LineOf(bytes, nul), "expected UTF-8 text, found binary data (a NUL byte)");

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new TranscriptFormatException(file, LineOf(bytes, FirstInvalidByte(bytes)), "expected UTF-8 text, found bytes that are not UTF-8");
        }
    }

    /// <summary>The non-blank lines, trimmed, with their 1-based numbers in the file.</summary>
    public static List<TextLine> NonBlankLines(string text) => [.. Lines(text)];

    /// <summary>The same lines one at a time, so a parse need not hold every line of a large file at once.</summary>
    public static IEnumerable<TextLine> Lines(string text)
    {
        var number = 0;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (start < text.Length)
        {
            number++;
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            var length = end < 0 ? text.Length - start : end;
            var line = text.AsSpan(start, length).Trim();
            if (!line.IsEmpty)
                yield return new TextLine(number, line.ToString());

            if (end < 0)
                break;
            var at = start + end;
            start = at + (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1);
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return offset;
            offset += consumed;
        }
        return bytes.Length;
    }

    /// <summary>The 1-based line of a byte offset, counting CRLF, CR and LF line ends as <see cref="NonBlankLines"/> does.</summary>
    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n'))
                line++;
        }
        return line;
    }
}

internal readonly record struct TextLine(int Number, string Text);
