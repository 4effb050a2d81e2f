using Reader.Storage.Search;

namespace Reader.Web.Search;

/// <summary>A piece of a snippet: plain text, or a hit to mark.</summary>
public readonly record struct SnippetPart(string Text, bool IsHit);

/// <summary>
/// The text of a hit for the results page, cut into parts to render (and so to encode) one by one: marked
/// ranges as hits, the rest as text. A long line is cut to a window around its first hit.
/// </summary>
public static class Snippet
{
    public const int MaxLength = 180;

    // How much text to keep before the first hit when a line has to be cut.
    private const int Lead = 50;

    public static IReadOnlyList<SnippetPart> Of(string text, IReadOnlyList<TextRange> hits, int maxLength = MaxLength)
    {
        var from = 0;
        var to = text.Length;
        if (text.Length > maxLength)
        {
            from = hits.Count > 0 ? Math.Max(0, hits[0].Start - Lead) : 0;
            to = Math.Min(text.Length, from + maxLength);
            from = Math.Max(0, to - maxLength);
            from = WordStart(text, from);
            to = WordEnd(text, to);
            // Never half of a surrogate pair.
            if (from > 0 && char.IsLowSurrogate(text[from]))
                from--;
            if (to < text.Length && char.IsLowSurrogate(text[to]))
                to--;
        }

        var parts = new List<SnippetPart>();
        if (from > 0)
            parts.Add(new SnippetPart("…", false));
        var at = from;
        foreach (var hit in hits)
        {
            var start = Math.Max(hit.Start, at);
            var end = Math.Min(hit.End, to);
            if (end <= start)
                continue;
            if (start > at)
                parts.Add(new SnippetPart(text[at..start], false));
            parts.Add(new SnippetPart(text[start..end], true));
            at = end;
        }
        if (to > at)
            parts.Add(new SnippetPart(text[at..to], false));
        if (to < text.Length)
            parts.Add(new SnippetPart("…", false));
        return parts;
    }

    // Cut English at a space, so a window does not start or end inside a word; Chinese can be cut anywhere.
    private static int WordStart(string text, int index)
    {
        if (index == 0 || char.IsWhiteSpace(text[index - 1]))
            return index;
        var space = text.IndexOf(' ', index, Math.Min(15, text.Length - index));
        return space < 0 ? index : space + 1;
    }

    private static int WordEnd(string text, int index)
    {
        if (index >= text.Length || char.IsWhiteSpace(text[index]))
            return index;
        var space = text.LastIndexOf(' ', index - 1, Math.Min(15, index));
        return space <= 0 ? index : space;
    }
}
