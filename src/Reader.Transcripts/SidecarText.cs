using System.Text;
using Reader.Transcripts.Parsing;

namespace Reader.Transcripts;

/// <summary>
/// A sidecar's limit held before it is parsed: each kind states its largest size in bytes, and a file past it is
/// refused by its length, or once that many bytes have come, never read whole; text already in memory is
/// measured the same way. The error names the file and the line where the limit is passed.
/// </summary>
public static class SidecarText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <param name="what">The kind, as the error names it: "a timing sidecar".</param>
    public static byte[] ReadBytes(string path, int maxBytes, string what) => SourceText.ReadFile(path, maxBytes, what);

    public static string Read(string path, int maxBytes, string what) => Decode(ReadBytes(path, maxBytes, what));

    public static void CheckSize(string file, string text, int maxBytes, string what) => SourceText.CheckSize(file, text, maxBytes, what);

    /// <summary>UTF-8 with or without a BOM, as <see cref="File.ReadAllText(string)"/> reads a sidecar.</summary>
    public static string Decode(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Utf8.GetString(bytes, 3, bytes.Length - 3) : Utf8.GetString(bytes);
}
