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
        var walker = new LineWalker(text);
        while (walker.Next(out var number, out var start, out var length))
            yield return new TextLine(number, text.Substring(start, length));
    }

    /// <summary>
    /// Finds the non-blank lines without making strings of them: the position of each, trimmed, and its
    /// 1-based number. A look ahead over the whole file costs one scan, not a copy of it.
    /// </summary>
    public struct LineWalker(string text)
    {
        private int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        private int number;

        public bool Next(out int lineNumber, out int start, out int length)
        {
            while (position < text.Length)
            {
                number++;
                var end = text.AsSpan(position).IndexOfAny('\r', '\n');
                var rawLength = end < 0 ? text.Length - position : end;
                var raw = text.AsSpan(position, rawLength);
                var trimmed = raw.Trim();
                var lineStart = position + (trimmed.IsEmpty ? 0 : raw.Length - raw.TrimStart().Length);

                if (end < 0)
                    position = text.Length;
                else
                {
                    var at = position + end;
                    position = at + (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1);
                }

                if (!trimmed.IsEmpty)
                {
                    (lineNumber, start, length) = (number, lineStart, trimmed.Length);
                    return true;
                }
            }
            (lineNumber, start, length) = (0, 0, 0);
            return false;
        }
    }

    /// <summary>
    /// A file's bytes, at most <paramref name="limit"/> of them: a longer regular file is refused by its length, and
    /// anything else (a pipe, a device such as <c>/dev/zero</c>) once one byte past the limit has come, so no
    /// file is ever read whole to find it too large. The error names the line where the file crosses the limit.
    /// </summary>
    /// <param name="what">The kind of file, as the error names it: "a transcript", "a timing sidecar".</param>
    public static byte[] ReadFile(string path, int limit, string what)
    {
        var file = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        // A device (/dev/zero) seeks and says it is empty, so the length is only where to start, and what to report.
        var length = stream.CanSeek ? stream.Length : 0;
        // Up to one byte past the limit: enough to know it is passed, and to name the line where.
        var bytes = new byte[Math.Min(Math.Max(length + 1, 64 * 1024), limit + 1L)];
        var read = 0;
        while (true)
        {
            if (read == bytes.Length)
            {
                if (bytes.Length > limit)
                    throw TooLarge(file, LineOf(bytes, limit), length > limit ? length : null, limit, what);
                Array.Resize(ref bytes, (int)Math.Min(bytes.Length * 2L, limit + 1L));
            }
            var n = stream.Read(bytes, read, bytes.Length - read);
            if (n == 0)
                break;
            read += n;
        }
        return read == bytes.Length ? bytes : bytes[..read];
    }

    /// <summary>The byte limit, checked before any decoding: past it, the error names the line where the file crosses it.</summary>
    public static void CheckSize(string file, ReadOnlySpan<byte> bytes, int limit = TranscriptParser.MaxFileBytes, string what = "a transcript")
    {
        if (bytes.Length > limit)
            throw TooLarge(file, LineOf(bytes, limit), bytes.Length, limit, what);
    }

    /// <summary>The same limit for text already decoded, counted in the UTF-8 bytes the text would be in a file.</summary>
    public static void CheckSize(string file, string text, int limit = TranscriptParser.MaxFileBytes, string what = "a transcript")
    {
        // No character takes more than three bytes of UTF-8 (a surrogate pair takes four for two), so shorter text is within the limit.
        if (text.Length <= limit / 3)
            return;
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        if (bytes <= limit)
            return;

        long counted = 0;
        var line = 1;
        // The line of the character that holds the first byte past the limit, as for bytes.
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            counted += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
            if (counted > limit)
                break;
            if (c == '\n' || c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
                line++;
        }
        throw TooLarge(file, line, bytes, limit, what);
    }

    private static TranscriptFormatException TooLarge(string file, int line, long? bytes, int limit, string what) =>
        new(file, line, $"expected {what} of at most {Size(limit)}, found {(bytes is { } b ? Size(b) : "more")} (the limit is passed on this line)");

    /// <summary>"64 MiB", "512 KiB", "12.3 MiB".</summary>
    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KiB";

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
