using System.Text.RegularExpressions;

namespace Reader.Transcripts.Speakers;

/// <summary>
/// Gives speakers names and roles from the episode itself. The host is whoever introduces themself
/// ("My name is …", "我是…") or welcomes listeners to the show; the guests are the people the titles and
/// the summary name who are not the host. The transcript's own spelling of a guest is often garbled
/// ("Kory Kavachulu"), so names are taken as the titles and summary spell them.
/// Where the evidence does not decide, the speaker keeps their label.
/// </summary>
public static partial class SpeakerNaming
{
    // Longer is not a person's name; each export repeats the name at every turn or cue, so an unbounded one
    // would multiply the export's size by the segments.
    private const int MaxNameLength = 100;

    [GeneratedRegex(@"\b(?i:my name is|I'm your host,?)\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})")]
    private static partial Regex EnglishSelfIntroduction();

    [GeneratedRegex(@"我(?:是|叫)(?<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})")]
    private static partial Regex ChineseSelfIntroduction();

    [GeneratedRegex(@"\bwelcome (?:back )?to\b|欢迎(?:回到|来到|收听|收看)", RegexOptions.IgnoreCase)]
    private static partial Regex WelcomeToTheShow();

    // Two or three capitalised words: "Logan Kilpatrick", "Koray Kavukcuoglu". CamelCase ("DeepMind") and acronyms ("AI") are not names.
    // Han text around a name ("加入Logan Kilpatrick与…") does not count as letters of it.
    [GeneratedRegex(@"(?<![\p{Lu}\p{Ll}])\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?(?:\s\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?){1,2}(?![\p{Lu}\p{Ll}])")]
    private static partial Regex PersonName();

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Join", "Joining", "With", "And", "The", "This", "That", "In", "On", "Of", "For", "How", "What", "Why", "When",
        "We", "Our", "Is", "Are", "Google", "Gemini", "YouTube", "Episode", "Podcast", "Release", "Notes", "Chief", "Officer",
    };

    public static IReadOnlyList<Speaker> Infer(string show, string titleZh, string titleEn, string summary, IReadOnlyList<Utterance> utterances)
    {
        var labels = utterances.Select(u => u.Speaker).Distinct().Order(SpeakerOrder.Labels).ToList();
        var (hostLabel, introducedName) = FindHost(utterances);
        var candidates = NamedPeople(show, titleEn, summary);

        string? hostName = null;
        if (hostLabel is not null)
        {
            hostName = introducedName is null ? null : candidates.FirstOrDefault(c => Resembles(c, introducedName)) ?? introducedName;
            candidates = [.. candidates.Where(c => hostName is null || !Resembles(c, hostName))];
        }

        var others = labels.Where(l => l != hostLabel).ToList();
        return labels.Select(label =>
        {
            if (label == hostLabel)
                return new Speaker(label, hostName ?? label, SpeakerRole.Host);
            if (hostLabel is null)
                return new Speaker(label, label, SpeakerRole.Unknown);
            // With one guest the first named person who is not the host is them; with several the names do not say who is who.
            var name = others.Count == 1 && candidates.Count > 0 ? candidates[0] : label;
            return new Speaker(label, name, SpeakerRole.Guest);
        }).ToList();
    }

    private static (string? Label, string? Name) FindHost(IReadOnlyList<Utterance> utterances)
    {
        string? welcomer = null;
        foreach (var u in utterances)
        {
            var intro = u.En is null ? Match.Empty : EnglishSelfIntroduction().Match(u.En);
            if (!intro.Success && u.Zh is not null)
                intro = ChineseSelfIntroduction().Match(u.Zh);
            if (intro.Success)
                return (u.Speaker, TrimName(intro.Groups["name"].Value) is { Length: <= MaxNameLength } name ? name : null);

            if (welcomer is null && (WelcomeToTheShow().IsMatch(u.En ?? "") || WelcomeToTheShow().IsMatch(u.Zh ?? "")))
                welcomer = u.Speaker;
        }
        return (welcomer, null);
    }

    /// <summary>People the titles and summary name, the English title's "Name:" prefix first (it names the guest).</summary>
    private static List<string> NamedPeople(string show, string titleEn, string summary)
    {
        var separator = titleEn.IndexOfAny([':', '：', '|']);
        var sources = separator > 0 ? new[] { titleEn[..separator], summary } : [summary];
        var showWords = show.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

        return sources
            .SelectMany(s => PersonName().Matches(s).Select(m => m.Value))
            .Select(name => string.Join(' ', name.Split(' ').SkipWhile(NotNameWords.Contains)))
            .Where(name => name.Length <= MaxNameLength && name.Contains(' ') && !name.Split(' ').Any(w => NotNameWords.Contains(w) || showWords.Contains(w)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string TrimName(string name) => name.TrimEnd('.', ',', '\'', '’');

    /// <summary>
    /// Two spellings of one person: the same words, one name within the other ("Logan" in "Logan Kilpatrick"),
    /// or a close enough edit distance ("Kory Kavachulu" is not close to "Koray Kavukcuoglu").
    /// </summary>
    internal static bool Resembles(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var (wordsA, wordsB) = (a.Split(' ', StringSplitOptions.RemoveEmptyEntries), b.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (a == b || wordsA.All(wordsB.Contains) || wordsB.All(wordsA.Contains))
            return true;
        // The edit distance takes the product of the lengths; names are short, and a hostile one must not be slow.
        if (Math.Max(a.Length, b.Length) > MaxNameLength)
            return false;
        var distance = EditDistance(a, b);
        return distance <= Math.Max(a.Length, b.Length) / 5;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
