namespace Reader.Transcripts.Speakers;

/// <summary>
/// The one order speakers are listed in, wherever they are listed (the parse, the exports, the reader's header,
/// toolbar and library): the host first, then by the number of their label, so <c>Speaker 2</c> comes before
/// <c>Speaker 10</c>; labels without a number after those, by their text.
/// </summary>
public static class SpeakerOrder
{
    /// <summary>Labels by their number, then by their text.</summary>
    public static readonly IComparer<string> Labels = Comparer<string>.Create((a, b) =>
    {
        var byNumber = Number(a).CompareTo(Number(b));
        return byNumber != 0 ? byNumber : StringComparer.Ordinal.Compare(a, b);
    });

    public static IReadOnlyList<Speaker> Sort(IEnumerable<Speaker> speakers) => [.. speakers.InSpeakerOrder(s => s.Role, s => s.Label)];

    /// <summary>Anything with a role and a label (stored rows, view models) in the speaker order.</summary>
    public static IOrderedEnumerable<T> InSpeakerOrder<T>(this IEnumerable<T> speakers, Func<T, SpeakerRole> role, Func<T, string> label) =>
        speakers.OrderBy(s => role(s) == SpeakerRole.Host ? 0 : 1).ThenBy(label, Labels);

    private static long Number(string label) =>
        int.TryParse(label.AsSpan(label.LastIndexOf(' ') + 1), out var n) ? n : long.MaxValue;
}
