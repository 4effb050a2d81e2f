using System.Text;

namespace Reader.Dictionary.Pinyin;

/// <summary>
/// CC-CEDICT's numbered pinyin as it is printed: <c>zeng1 zhang3</c> → <c>zēng zhǎng</c>, <c>lu:4</c> → <c>lǜ</c>,
/// <c>ma5</c> → <c>ma</c> (neutral tone, no mark). The mark goes on <c>a</c> or <c>e</c> when there is one, on the
/// <c>o</c> of <c>ou</c>, else on the last vowel. Anything that is not a numbered syllable (<c>C</c>, <c>·</c>) stays as it is.
/// </summary>
public static class PinyinMarks
{
    private const string Vowels = "aeiouü";

    // Per vowel, its four marked forms (tones 1–4).
    private static readonly Dictionary<char, string> Marked = new()
    {
        ['a'] = "āáǎà", ['e'] = "ēéěè", ['i'] = "īíǐì", ['o'] = "ōóǒò", ['u'] = "ūúǔù", ['ü'] = "ǖǘǚǜ",
        ['A'] = "ĀÁǍÀ", ['E'] = "ĒÉĚÈ", ['I'] = "ĪÍǏÌ", ['O'] = "ŌÓǑÒ", ['U'] = "ŪÚǓÙ", ['Ü'] = "ǕǗǙǛ",
    };

    public static string ToMarks(string numbered)
    {
        var text = new StringBuilder(numbered.Length);
        foreach (var syllable in numbered.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (text.Length > 0)
                text.Append(' ');
            text.Append(Syllable(syllable));
        }
        return text.ToString();
    }

    public static string Syllable(string numbered)
    {
        var body = numbered.Replace("u:", "ü").Replace("U:", "Ü").Replace('v', 'ü').Replace('V', 'Ü');
        var tone = body.Length > 1 && body[^1] is >= '1' and <= '5' ? body[^1] - '0' : 0;
        if (tone == 0)
            return body;
        body = body[..^1];
        if (tone == 5)
            return body;

        var at = MarkPosition(body);
        if (at < 0)
            return body;
        return string.Concat(body.AsSpan(0, at), Marked[body[at]][tone - 1].ToString(), body.AsSpan(at + 1));
    }

    private static int MarkPosition(string syllable)
    {
        var lower = syllable.ToLowerInvariant();
        var a = lower.IndexOf('a');
        if (a >= 0)
            return a;
        var e = lower.IndexOf('e');
        if (e >= 0)
            return e;
        var ou = lower.IndexOf("ou", StringComparison.Ordinal);
        if (ou >= 0)
            return ou;
        for (var i = lower.Length - 1; i >= 0; i--)
        {
            if (Vowels.Contains(lower[i]))
                return i;
        }
        // "r5" (儿化), "m2", "ng2": no vowel to carry a mark.
        return -1;
    }
}
