using System.Text.RegularExpressions;

namespace Reader.Transcripts.Chapters;

/// <summary>
/// The transcript seen as speech: how long each segment takes to say (relative units), where turns start,
/// and the cues that mark a host opening a topic. Features are worked out on demand and kept, since
/// placement only looks at segments near each chapter's time.
/// </summary>
internal sealed partial class SpokenText
{
    // Roughly how many Latin characters one Han character stands for when both say the same thing.
    private const double LatinPerHan = 2.5;

    /// <summary>Weight units (characters of English) per second in an unscripted conversation, when nothing better is known.</summary>
    public const double TypicalRate = 16;

    // Every segment costs a little extra: the pause around it.
    private const double PausePerSegment = 8;

    /// <summary>English characters that make a segment "long": a question with its set-up, not a reaction.</summary>
    public const int LongSegment = 100;

    // A reply of at most this many words, all of them backchannel ("Yeah, of course."), is an interjection.
    private const int MaxInterjectionWords = 6;

    // A Chinese-only line this short ("好的。", "对对对") is taken as an interjection: no word list to check it against.
    private const int MaxInterjectionHan = 4;

    // A line of at most this many words that starts in lower case continues a sentence split across speakers ("did you join?").
    private const int MaxFragmentWords = 4;

    // A line of at most this many words that does not end a sentence is a fragment whatever its case ("at,").
    private const int MaxUnfinishedWords = 2;

    private const int Unknown = int.MinValue;

    [GeneratedRegex(@"\?|\b(?:curious|question|thread|talk about|do you (?:think|see|feel)|how do you|what do you|what's your)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishTopicCue();

    [GeneratedRegex(@"[？?]|好奇|问题|话题|聊聊|谈谈|你认为|你觉得|你怎么看")]
    private static partial Regex ChineseTopicCue();

    // Tag questions ask nothing: "…, right?", "对吧？". This guest ends half his sentences with one.
    [GeneratedRegex(@"\b(?:right|yeah|no|okay|you know|isn't it|don't you think)\s*\?|(?:对吧|是吧|对不对|不是吗)\s*[？?]", RegexOptions.IgnoreCase)]
    private static partial Regex TagQuestion();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();

    private static readonly HashSet<string> BackchannelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yeah", "yes", "yep", "yup", "no", "right", "sure", "okay", "ok", "of", "course", "i", "agree", "love", "it", "that",
        "me", "too", "exactly", "totally", "absolutely", "mhm", "uh", "huh", "hmm", "great", "nice", "cool", "wow", "thanks",
        "thank", "you", "really", "so", "oh", "and", "with", "good", "awesome", "true", "indeed", "definitely", "very", "much", "see", "now", "remember", "sort", "got",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Backchannel = BackchannelWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly IReadOnlyList<Utterance> utterances;
    private readonly double[] cumulative;
    private readonly sbyte[] interjection;
    private readonly sbyte[] cue;
    private readonly sbyte[] minor;
    // Worked out on demand like the rest, and kept, so that no walk back through a turn is ever repeated:
    // the nearest earlier segment that is not minor (-1: none), and whether a turn walked back from a
    // segment reaches its start before a long segment or a cue (1) or not (-1).
    private readonly int[] previousSubstantial;
    private readonly sbyte[] turnOpensBefore;

    public SpokenText(IReadOnlyList<Utterance> utterances)
    {
        this.utterances = utterances;
        cumulative = new double[utterances.Count + 1];
        interjection = new sbyte[utterances.Count];
        cue = new sbyte[utterances.Count];
        minor = new sbyte[utterances.Count];
        previousSubstantial = new int[utterances.Count];
        Array.Fill(previousSubstantial, Unknown);
        turnOpensBefore = new sbyte[utterances.Count];

        for (var i = 0; i < utterances.Count; i++)
        {
            cumulative[i + 1] = cumulative[i] + Weight(utterances[i]);
        }
    }

    public int Count => utterances.Count;

    public double TotalWeight => cumulative[^1];

    /// <summary>The speech before segment <paramref name="i"/> (0-based), in weight units.</summary>
    public double WeightBefore(int i) => cumulative[i];

    public string Speaker(int i) => utterances[i].Speaker;

    public Utterance this[int i] => utterances[i];

    public int EnglishLength(int i) => utterances[i].En?.Length ?? (int)((utterances[i].Zh?.Length ?? 0) * LatinPerHan);

    /// <summary>A short reply made only of backchannel words: "Yeah.", "Of course.", "I love it."</summary>
    public bool IsInterjection(int i)
    {
        if (interjection[i] == 0)
        {
            var u = utterances[i];
            bool result;
            if (u.En is null)
                result = (u.Zh?.Length ?? 0) <= MaxInterjectionHan;
            else
            {
                // All of them backchannel: stops at the first word that is not, without allocating.
                var count = 0;
                result = true;
                foreach (var w in Word().EnumerateMatches(u.En))
                {
                    if (++count > MaxInterjectionWords || !Backchannel.Contains(u.En.AsSpan(w.Index, w.Length)))
                    {
                        result = false;
                        break;
                    }
                }
            }
            interjection[i] = result ? (sbyte)1 : (sbyte)-1;
        }
        return interjection[i] > 0;
    }

    /// <summary>An interjection, or a fragment of a sentence split across speakers ("at,"): neither starts nor ends a turn.</summary>
    public bool IsMinor(int i)
    {
        if (minor[i] == 0)
            minor[i] = IsInterjection(i) || IsFragment(i) ? (sbyte)1 : (sbyte)-1;
        return minor[i] > 0;
    }

    /// <summary>A few words that are not a sentence of their own: "at,", "did you join?" (a sentence split across speakers).</summary>
    private bool IsFragment(int i)
    {
        if (utterances[i].En is not { } en)
            return false;
        var words = 0;
        foreach (var _ in Word().EnumerateMatches(en))
        {
            if (++words > MaxFragmentWords)
                return false;
        }
        var endsSentence = en.AsSpan().TrimEnd() is [.., '.' or '?' or '!'];
        return words <= MaxUnfinishedWords && !endsSentence || words <= MaxFragmentWords && char.IsLower(en[0]);
    }

    /// <summary>
    /// The first segment of a turn that says something, after any opening "Yeah." or "Of course.".
    /// A turn runs on through the other speaker's interjections and fragments.
    /// </summary>
    public bool OpensTurn(int i) => !IsMinor(i) && PreviousSubstantialSpeaker(i) != utterances[i].Speaker;

    /// <summary>
    /// The first long segment of a turn (<see cref="LongSegment"/>): after a short reaction ("I love it. Thank you."),
    /// where its topic begins, unless the turn already opened with a question or topic cue ("I have another question.").
    /// </summary>
    public bool FirstLongOfTurn(int i)
    {
        if (EnglishLength(i) < LongSegment)
            return false;
        var p = PreviousSubstantial(i);
        return p < 0 || utterances[p].Speaker != utterances[i].Speaker || TurnOpensBefore(p);
    }

    /// <summary>
    /// Walking back from the substantial segment <paramref name="p"/> through its speaker's turn (minor segments
    /// aside), whether the turn's start comes before any long segment or topic cue.
    /// </summary>
    private bool TurnOpensBefore(int p)
    {
        List<int>? chain = null;
        var answer = 0;
        while (answer == 0)
        {
            if (turnOpensBefore[p] != 0)
                answer = turnOpensBefore[p];
            else if (EnglishLength(p) >= LongSegment || HasTopicCue(p))
                answer = -1;
            else
            {
                (chain ??= []).Add(p);
                var q = PreviousSubstantial(p);
                if (q < 0 || utterances[q].Speaker != utterances[p].Speaker)
                    answer = 1;
                else
                    p = q;
            }
        }
        turnOpensBefore[p] = (sbyte)answer;
        foreach (var k in chain ?? [])
            turnOpensBefore[k] = (sbyte)answer;
        return answer > 0;
    }

    private string? PreviousSubstantialSpeaker(int i)
    {
        var p = PreviousSubstantial(i);
        return p < 0 ? null : utterances[p].Speaker;
    }

    /// <summary>The nearest segment before <paramref name="i"/> that is not minor, or -1.</summary>
    private int PreviousSubstantial(int i)
    {
        List<int>? chain = null;
        var k = i;
        while (previousSubstantial[k] == Unknown && k > 0 && IsMinor(k - 1))
        {
            (chain ??= []).Add(k);
            k--;
        }
        var answer = previousSubstantial[k] != Unknown ? previousSubstantial[k] : k - 1;
        previousSubstantial[k] = answer;
        foreach (var j in chain ?? [])
            previousSubstantial[j] = answer;
        return answer;
    }

    /// <summary>A question or a topic marker ("I'm curious", "another thread", "我很好奇", "话题").</summary>
    public bool HasTopicCue(int i)
    {
        if (cue[i] == 0)
        {
            var u = utterances[i];
            var found = (u.En is not null && EnglishTopicCue().IsMatch(TagQuestion().Replace(u.En, "")))
                || (u.Zh is not null && ChineseTopicCue().IsMatch(TagQuestion().Replace(u.Zh, "")));
            cue[i] = found ? (sbyte)1 : (sbyte)-1;
        }
        return cue[i] > 0;
    }

    /// <summary>Whether the same turn asks or opens a topic within the next few segments.</summary>
    public bool TopicCueAhead(int i, int within)
    {
        for (var j = i + 1; j < Math.Min(Count, i + 1 + within) && utterances[j].Speaker == utterances[i].Speaker; j++)
        {
            if (HasTopicCue(j))
                return true;
        }
        return false;
    }

    /// <summary>How long a segment takes to say, in weight units; <see cref="TypicalRate"/> turns it into seconds.</summary>
    public static double Weight(Utterance u) =>
        PausePerSegment + (u.En?.Length ?? (u.Zh?.Length ?? 0) * LatinPerHan);
}
