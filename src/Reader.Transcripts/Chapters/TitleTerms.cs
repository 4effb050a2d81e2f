using System.Text.RegularExpressions;

namespace Reader.Transcripts.Chapters;

/// <summary>
/// The words of a chapter title worth looking for in the text: Han character pairs of each run of Han
/// text ("首席AI架构师角色" gives 首席, 架构, 构师, 师角, 角色) and Latin words ("ai", "nano", "banana", "pro").
/// Pairs rather than whole runs, because the translation rarely repeats a title's compound verbatim.
/// </summary>
internal static partial class TitleTerms
{
    [GeneratedRegex(@"[A-Za-z][A-Za-z']+")]
    private static partial Regex LatinWord();

    // Joining characters that carry no topic: "工程思维与协作" is about 工程思维 and 协作, not 维与 or 与协.
    private static readonly char[] Joiners = ['与', '和', '及', '的', '之', '在', '从', '到', '向'];

    // Titles that name a part of the show rather than a topic; their words are never said, but these are.
    private static readonly (string[] Titles, string[] Said)[] ShowParts =
    [
        (["开场", "开头", "引言", "intro", "opening", "welcome"], ["欢迎", "welcome"]),
        (["结束", "结语", "尾声", "收尾", "outro", "closing", "wrap"], ["感谢", "谢谢", "thank"]),
    ];

    // A title is a few words; a longer one only dilutes the score, and every term is looked for in every
    // segment near the chapter's time, so a huge "title" must not make placement slow.
    internal const int MaxTerms = 64;

    /// <summary>The title's terms in the order they appear, each once, at most <see cref="MaxTerms"/>.</summary>
    public static IReadOnlyList<string> Of(string title)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>();
        void Add(string term)
        {
            if (terms.Count < MaxTerms && seen.Add(term))
                terms.Add(term);
        }

        foreach (var (titles, said) in ShowParts)
        {
            if (titles.Any(t => title.Contains(t, StringComparison.OrdinalIgnoreCase)))
                said.ToList().ForEach(Add);
        }
        foreach (var run in HanRuns(title))
        {
            if (terms.Count >= MaxTerms)
                break;
            foreach (var part in run.Split(Joiners, StringSplitOptions.RemoveEmptyEntries))
            {
                // Pairs of characters, not of UTF-16 units: a character beyond the basic plane is two.
                string? previous = null;
                var characters = 0;
                foreach (var rune in part.EnumerateRunes())
                {
                    if (terms.Count >= MaxTerms)
                        break;
                    var character = rune.ToString();
                    if (previous is not null)
                        Add(previous + character);
                    previous = character;
                    characters++;
                }
                if (characters == 1)
                    Add(part);
            }
        }
        for (var word = LatinWord().Match(title); word.Success && terms.Count < MaxTerms; word = word.NextMatch())
            Add(word.Value.ToLowerInvariant());
        return terms;
    }

    /// <summary>The runs of Han characters in the text, in order.</summary>
    private static IEnumerable<string> HanRuns(string text)
    {
        var start = -1;
        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (ChineseCharacters.IsHan(rune))
            {
                if (start < 0)
                    start = at;
            }
            else if (start >= 0)
            {
                yield return text[start..at];
                start = -1;
            }
            at += rune.Utf16SequenceLength;
        }
        if (start >= 0)
            yield return text[start..];
    }

    /// <summary>Latin terms match words of either language's line, case-insensitively; Han terms match the Chinese line.</summary>
    public static bool Occurs(string term, Utterance u)
    {
        if (ChineseCharacters.IsHanAt(term, 0))
            return u.Zh?.Contains(term, StringComparison.Ordinal) == true;
        return ContainsWord(u.En, term) || ContainsWord(u.Zh, term);
    }

    private static bool ContainsWord(string? text, string word)
    {
        if (text is null)
            return false;
        var from = 0;
        while ((from = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = from + word.Length;
            // Long words match as prefixes too: "benchmark" finds "benchmarks".
            if ((from == 0 || !char.IsAsciiLetter(text[from - 1])) && (word.Length >= 4 || end == text.Length || !char.IsAsciiLetter(text[end])))
                return true;
            from = end;
        }
        return false;
    }
}
