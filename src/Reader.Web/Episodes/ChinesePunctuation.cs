using System.Text;
using Reader.Transcripts;

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
        return c switch
        {
            ',' or '?' or '!' or ':' or ';' when (ChineseBefore(text, i) || ChineseAfter(text, i)) && !BetweenDigits(text, i) => Wide(c),
            '(' when ChineseAfter(text, i) => '（',
            ')' when ChineseBefore(text, i) => '）',
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

    // Chinese is a Han character or one of the full-width marks that close Chinese clauses.
    private static bool ChineseBefore(string text, int i) =>
        ChineseCharacters.IsHanBefore(text, i) || (i > 0 && IsClosingMark(text[i - 1]));

    private static bool ChineseAfter(string text, int i) =>
        ChineseCharacters.IsHanAt(text, i + 1) || (i + 1 < text.Length && IsClosingMark(text[i + 1]));

    private static bool IsClosingMark(char c) => c is '）' or '」' or '”';

    private static bool BetweenDigits(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
}
