namespace Reader.Transcripts.Formats;

/// <summary>
/// Which language a subtitle line is in, by its content: a line with Han characters is Chinese, any other line
/// English. A bilingual cue is one Chinese and one English line in either order; lines of one language that
/// follow each other are one line broken for the screen, and are joined again.
/// </summary>
public static class CueLanguage
{
    public static bool IsChinese(string line) => ChineseCharacters.ContainsHan(line);

    /// <summary>
    /// The cue's Chinese and English text, either null where the cue has no line of that language. Lines of one
    /// language are joined in order, also when the other language stands between them (zh, en, zh): nothing is dropped.
    /// </summary>
    public static (string? Zh, string? En) Split(IReadOnlyList<string> lines)
    {
        string? zh = null, en = null;
        foreach (var line in lines)
        {
            if (IsChinese(line))
                zh = zh is null ? line : Join(zh, line, chinese: true);
            else
                en = en is null ? line : Join(en, line, chinese: false);
        }
        return (zh, en);
    }

    /// <summary>
    /// Two pieces of one sentence: English with a space, Chinese without (it has none between words), except where
    /// both sides of the break are Latin letters or digits ("用 GPU" + "training"), which a space still separates.
    /// </summary>
    public static string Join(string first, string second, bool chinese) =>
        !chinese || char.IsAsciiLetterOrDigit(first[^1]) && char.IsAsciiLetterOrDigit(second[0])
            ? first + " " + second
            : first + second;
}
