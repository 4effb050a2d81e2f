using System.Net;
using System.Text;

namespace Reader.Transcripts.Formats;

/// <summary>
/// What subtitle text carries besides words: HTML-like tags (<c>&lt;i&gt;</c>, <c>&lt;font color=…&gt;</c>,
/// WebVTT's <c>&lt;c.yellow&gt;</c>, <c>&lt;v Name&gt;</c> and timestamps), override blocks (<c>{\an8}</c>) and
/// entities. The web escapes every line it shows, so none of this is kept: a tag left in would be shown as text.
/// </summary>
internal static class CueMarkup
{
    /// <summary>
    /// The text without tags, and the name of the first voice span (<c>&lt;v Name&gt;</c>, <c>&lt;v.loud Name&gt;</c>).
    /// Ruby text (<c>&lt;rt&gt;…&lt;/rt&gt;</c>) is dropped with its tags: it is a reading aid, not a word of the line.
    /// A <c>&lt;</c> that does not open a tag (no letter, digit or slash after it, or no <c>&gt;</c>) is text.
    /// </summary>
    public static string WithoutTags(string text, out string? voice)
    {
        voice = null;
        if (!text.Contains('<'))
            return text;

        var kept = new StringBuilder(text.Length);
        var inRubyText = false;
        var closes = new NextOf(text, '>');
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] == '<' && i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '/')
                ? closes.After(i)
                : -1;
            if (close < 0)
            {
                if (!inRubyText)
                    kept.Append(text[i]);
                continue;
            }

            var tag = text.AsSpan(i + 1, close - i - 1);
            var name = TagName(tag);
            if (name is "rt")
                inRubyText = true;
            else if (name is "/rt" or "/ruby")
                inRubyText = false;
            else if (name is "v" && voice is null && tag.IndexOfAny(' ', '\t') is > 0 and var space && tag[space..].Trim() is { IsEmpty: false } annotation)
                voice = annotation.ToString();
            i = close;
        }
        return kept.ToString();
    }

    /// <summary>"v.loud Esme" → "v": the name ends at a class, white space or the end.</summary>
    private static string TagName(ReadOnlySpan<char> tag)
    {
        var end = tag.IndexOfAny(". \t");
        return (end < 0 ? tag : tag[..end]).ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The text without <c>{…}</c> blocks. In ASS every brace block is an override or a comment; in SRT only one
    /// that starts with a backslash (<c>{\an8}</c>) is, so <paramref name="overridesOnly"/> keeps other braces there.
    /// </summary>
    public static string WithoutBraces(string text, bool overridesOnly)
    {
        if (!text.Contains('{'))
            return text;

        var kept = new StringBuilder(text.Length);
        var closes = new NextOf(text, '}');
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] == '{' && (!overridesOnly || i + 1 < text.Length && text[i + 1] == '\\') ? closes.After(i) : -1;
            if (close < 0)
                kept.Append(text[i]);
            else
                i = close;
        }
        return kept.ToString();
    }

    /// <summary>
    /// WebVTT's character references (<c>&amp;amp; &amp;lt; &amp;gt; &amp;nbsp; &amp;lrm; &amp;rlm;</c> and numeric ones)
    /// as characters; a no-break space becomes a space and the invisible direction marks go, since the text is re-laid out.
    /// </summary>
    public static string DecodeEntities(string text) =>
        text.Contains('&')
            ? WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Replace("\u200E", "", StringComparison.Ordinal).Replace("\u200F", "", StringComparison.Ordinal)
            : text;

    /// <summary>
    /// The next closing character after a position, found once and remembered: a line of a million "&lt;a" and no
    /// "&gt;" would otherwise search the rest of the line at every opening, a quadratic parse of hostile input.
    /// </summary>
    private struct NextOf(string text, char character)
    {
        private int found = -2;

        public int After(int index)
        {
            // A position found after an earlier index is still the first after this one, as long as it lies beyond it; none is none for good.
            if (found != -1 && found <= index)
                found = text.IndexOf(character, index + 1);
            return found;
        }
    }

    private static readonly char[] Spaces = [' ', '\t', '\u00A0', '\u3000'];

    /// <summary>Runs of white space as one space, none at the ends.</summary>
    public static string Tidy(string text) => string.Join(' ', text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries));
}
