using Reader.Storage.Search;

namespace Reader.Web.Episodes;

/// <summary>
/// Find in the episode, the counting and stepping: one search's hits in a reading mode, which of them the reader
/// can see, which visible one is current, what the box says ("3 / 12", the hidden hits it offers to show) and
/// the mode that shows the hidden ones. A value: each change returns a new state.
/// </summary>
/// <param name="Current">An index into <paramref name="Hits"/>, of a visible hit; -1 when none is current.</param>
public sealed record FindInEpisodeState(SearchQuery Query, IReadOnlyList<FindInEpisodeHit> Hits, ReadingMode Mode, int Current)
{
    public const string NoMatches = "No matches · 无结果";
    public const string TypeAWord = "Type a word · 请输入词语";

    /// <summary>Before anything is searched for.</summary>
    public static FindInEpisodeState Empty(ReadingMode mode) => new(SearchQuery.Parse(null), [], mode, -1);

    /// <summary>A search's hits, counted from the first visible one.</summary>
    public static FindInEpisodeState Found(SearchQuery query, IReadOnlyList<FindInEpisodeHit> hits, ReadingMode mode)
    {
        var found = new FindInEpisodeState(query, hits, mode, -1);
        return found with { Current = found.Visible.Count > 0 ? found.Visible[0] : -1 };
    }

    /// <summary>The indexes of the hits the reader can see, in order.</summary>
    public IReadOnlyList<int> Visible => [.. Enumerable.Range(0, Hits.Count).Where(i => IsVisible(Hits[i]))];

    /// <summary>The hits in a hidden language or of a hidden speaker; learning mode's blurred language is not hidden.</summary>
    public IReadOnlyList<FindInEpisodeHit> Hidden => [.. Hits.Where(h => !IsVisible(h))];

    public bool IsVisible(FindInEpisodeHit hit) =>
        !Mode.IsHidden(hit.Speaker) && (Mode.Language == ReadingMode.Both || Mode.IsLearning || Mode.Language == hit.Language);

    /// <summary>What the box says beside what is <paramref name="typed"/> in it: the current hit's place among the visible ones.</summary>
    public string Status(string typed)
    {
        if (typed.Trim().Length == 0)
            return "";
        if (Query.IsEmpty)
            return TypeAWord;
        var visible = Visible;
        if (visible.Count == 0)
            return Hits.Count == 0 ? NoMatches : ""; // the hidden ones are offered beside it
        return $"{Math.Max(0, IndexOf(visible, Current)) + 1} / {visible.Count}";
    }

    /// <summary>Where the hidden hits are: "3 more in the English", or "12 matches, all in hidden speakers".</summary>
    public string HiddenText
    {
        get
        {
            var hidden = Hidden;
            var where = new List<string>();
            if (hidden.Any(h => Mode.Language != ReadingMode.Both && h.Language != Mode.Language && !Mode.IsHidden(h.Speaker)))
                where.Add(Mode.Language == ReadingMode.Chinese ? "the English" : "the Chinese");
            if (hidden.Any(h => Mode.IsHidden(h.Speaker)))
                where.Add("hidden speakers");
            var count = hidden.Count == 1 ? "1 match" : $"{hidden.Count} matches";
            return hidden.Count == Hits.Count
                ? $"{count}, all in {string.Join(" and ", where)}"
                : $"{hidden.Count} more in {string.Join(" and ", where)}";
        }
    }

    /// <summary>
    /// The same hits in another mode. One that hides the current hit carries on from the next visible one (the
    /// first, past the last); one that shows hits where none were visible starts at the first.
    /// </summary>
    public FindInEpisodeState InMode(ReadingMode mode)
    {
        var next = this with { Mode = mode };
        var visible = next.Visible;
        if (Current >= 0 && !next.IsVisible(Hits[Current]))
            return next with { Current = visible.FirstOrDefault(i => i > Current, visible.Count > 0 ? visible[0] : -1) };
        if (Current < 0 && visible.Count > 0)
            return next with { Current = visible[0] };
        return next;
    }

    /// <summary>The next (<c>1</c>) or previous (<c>-1</c>) visible hit, round from the last to the first and back.</summary>
    public FindInEpisodeState Step(int step)
    {
        var visible = Visible;
        if (visible.Count == 0)
            return this;
        var at = IndexOf(visible, Current);
        return this with { Current = visible[((at < 0 ? (step > 0 ? -1 : 0) : at) + step + visible.Count) % visible.Count] };
    }

    /// <summary>The hit the browser went to first (the first below the bar, or at the linked segment), when it is one of these.</summary>
    public FindInEpisodeState At(int hit) => hit >= 0 && hit < Hits.Count ? this with { Current = hit } : this;

    /// <summary>The mode that shows every hidden hit: both languages when one is hidden, and the speakers who have them.</summary>
    public ReadingMode ShowingHidden()
    {
        var hidden = Hidden;
        var next = Mode;
        if (hidden.Any(h => Mode.Language != ReadingMode.Both && h.Language != Mode.Language))
            next = next.WithLanguage(ReadingMode.Both);
        foreach (var speaker in hidden.Select(h => h.Speaker).Distinct().Where(Mode.IsHidden))
            next = next.Toggle(speaker);
        return next;
    }

    private static int IndexOf(IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
                return i;
        }
        return -1;
    }
}
