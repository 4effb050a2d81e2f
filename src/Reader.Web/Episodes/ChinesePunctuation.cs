using System.Text;

namespace Reader.Web.Episodes;

/// <summary>
/// The source writes Chinese with half-width punctuation (<c>双子座三号,我们</c>, <c>对吧?</c>), which sets
/// badly beside full-width characters. The reader shows the full-width forms; the stored text stays the
/// source's, so search, exports and the line accounting are unchanged. Each replacement is one UTF-16 unit
/// for one, so offsets into the text (the find box's marks) stay true.
/// </summary>
public static class ChinesePunctuation
{
    public static string AsDisplayed(string text)
    {
        StringBuilder? shown = null;
        for (var i = 0; i < text.Length; i++)
        {
            var wide = FullWidth(text, i);
            if (wide == text[i])
                continue;
            shown ??= new StringBuilder(text);
            shown[i] = wide;
        }
        return shown?.ToString() ?? text;
    }

    // A mark becomes full-width when it follows or comes right before Chinese ("好," "吗?" "Kory,感谢"), or
    // opens Chinese ("(我"); never between digits ("3,000", "2:30") or inside Latin text ("Gemini 3, and").
    private static char FullWidth(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : '\0';
        var after = i + 1 < text.Length ? text[i + 1] : '\0';
        return c switch
        {
            ',' or '?' or '!' or ':' or ';' when (IsChinese(before) || IsChinese(after)) && !(char.IsAsciiDigit(before) && char.IsAsciiDigit(after)) => Wide(c),
            '(' when IsChinese(after) => '（',
            ')' when IsChinese(before) => '）',
            _ => c,
        };
    }

    private static char Wide(char c) => c switch
    {
        ',' => '，',
        '?' => '？',
        '!' => '！',
        ':' => '：',
        _ => '；',
    };

    /// <summary>Han ideographs of the basic plane and the full-width marks that close Chinese clauses.</summary>
    private static bool IsChinese(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or '）' or '」' or '”';
}
