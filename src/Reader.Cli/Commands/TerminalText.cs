using System.Buffers;
using System.Globalization;
using System.Text;

namespace Reader.Cli.Commands;

/// <summary>
/// Transcript text as the CLI shows it to a person: every character that a terminal would act on instead of
/// showing is written as a visible escape (<c>\x1B</c>, <c>\u202E</c>): C0 controls (newlines too: a caller
/// that means one joins escaped pieces with it), DEL, C1 controls, line and paragraph separators, and the bidirectional marks,
/// embeddings, overrides and isolates, which would reorder the rest of the line. This holds whether or not
/// the output is a terminal, so a log or a pipe read later is as safe. Exports on stdout are not passed
/// through it: they are files, and stay byte-exact; their text formats already hold no such character, and
/// the JSON ones escape controls as JSON does.
/// </summary>
internal static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u061C', '\u200E', '\u200F', '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
         '\u2066', '\u2067', '\u2068', '\u2069']);

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Unsafe) < 0)
            return text ?? "";
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!Unsafe.Contains(c))
                escaped.Append(c);
            else if (c <= '\u00FF')
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return escaped.ToString();
    }

    /// <summary>Escaped for the terminal, then for Spectre.Console's markup, as a table cell needs.</summary>
    public static string Cell(string? text) => Spectre.Console.Markup.Escape(Escape(text));
}
