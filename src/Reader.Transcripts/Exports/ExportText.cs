using System.Buffers;

namespace Reader.Transcripts.Exports;

/// <summary>
/// What every text export (Markdown, WebVTT, SRT, plain text) does to transcript text before its own escaping:
/// one line, and no character that acts on a terminal or a reader's display instead of being read. C0 and C1
/// controls (tab aside), DEL, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069, which reorder everything after them on the line, the transcript's own fields and the
/// export's alike) become U+FFFD, so a reader sees that something was there. The JSON exports keep the text
/// as it is: JSON escapes controls itself, and its readers need the exact text.
/// </summary>
internal static class ExportText
{
    private static readonly SearchValues<char> Unwanted = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    /// <summary>The text on one line (line breaks become spaces) with the characters above replaced.</summary>
    public static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny(Unwanted) < 0 && text.AsSpan().IndexOfAny(LineBreaks) < 0)
            return text;
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = LineBreaks.Contains(c) ? ' ' : Unwanted.Contains(c) ? '\uFFFD' : c;
            }
        });
    }
}
