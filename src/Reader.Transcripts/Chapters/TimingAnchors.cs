using System.Globalization;

namespace Reader.Transcripts.Chapters;

/// <summary>
/// The exact points of an episode's timing: each chapter's first segment at its time, and the pins. Sorted by
/// segment, one per segment, never decreasing in time; a pin that would break that is refused, with a message
/// naming the pin, the anchor it contradicts and both times. <c>segment-timing.js</c> holds the same rules.
/// </summary>
public static class TimingAnchors
{
    public static IReadOnlyList<TimingAnchor> Of(IEnumerable<Chapter> chapters) =>
        [.. chapters.Select(c => new TimingAnchor(c.FirstSegment, c.StartSeconds, AnchorKind.Chapter))];

    /// <summary>
    /// The latest time a pin may give: 7 days (604,800 seconds). Far past any episode, and small enough that every
    /// time the pages, exports and <c>timing.json</c> derive from it stays exact; <c>segment-timing.js</c> holds the same.
    /// </summary>
    public const double MaxSeconds = 7 * 24 * 60 * 60;

    /// <summary>The chapters' anchors with the pins added in order; throws <see cref="PinRefusedException"/> at the first that contradicts.</summary>
    public static IReadOnlyList<TimingAnchor> Of(IEnumerable<Chapter> chapters, IEnumerable<TimingPin> pins, int segmentCount) =>
        Add(Of(chapters), pins, segmentCount);

    /// <summary>
    /// The transcript's anchors, which its parse has already checked: for a timed source every segment at its
    /// cue's start (the chapters are placed by those times, so they add nothing), else the chapters; then the pins.
    /// </summary>
    public static IReadOnlyList<TimingAnchor> Of(Transcript transcript) => transcript.Timed
        ? Add(Cues(transcript.Segments.Select(s => s.StartSeconds!.Value)), transcript.Pins, transcript.Segments.Count)
        : Of(transcript.Chapters, transcript.Pins, transcript.Segments.Count);

    /// <summary>Every segment at its start as a timed source gives it, in segment order (the starts never decrease).</summary>
    public static IReadOnlyList<TimingAnchor> Cues(IEnumerable<double> starts) =>
        [.. starts.Select((seconds, i) => new TimingAnchor(i + 1, seconds, AnchorKind.Cue))];

    /// <summary>The anchors with the pin added, or replacing an earlier pin of its segment.</summary>
    public static IReadOnlyList<TimingAnchor> Add(IReadOnlyList<TimingAnchor> anchors, TimingPin pin, int segmentCount)
    {
        if (Refusal(anchors, pin, segmentCount) is { } refusal)
            throw new PinRefusedException(refusal);
        // A pin on a chapter's first segment at the chapter's time says nothing new: the chapter stays the anchor.
        if (anchors.Any(a => a.Segment == pin.Segment && a.Kind == AnchorKind.Chapter))
            return anchors;
        // A pin on a cue moves it: the listener heard it elsewhere than the file says.
        return [.. anchors.Where(a => a.Segment != pin.Segment).Append(new TimingAnchor(pin.Segment, pin.Seconds, AnchorKind.Pin)).OrderBy(a => a.Segment)];
    }

    /// <summary>
    /// The anchors with every pin added in order, as <see cref="Add(IReadOnlyList{TimingAnchor}, TimingPin, int)"/>
    /// one at a time would, in O((anchors + pins) log segments) rather than O(anchors × pins): a timed source has an
    /// anchor on every segment, and 10,000 pins on 10,000 cues one at a time are 10⁸ steps. Throws
    /// <see cref="PinRefusedException"/> at the first pin that contradicts, or with <paramref name="leaveOutRefused"/>
    /// leaves it out and goes on.
    /// </summary>
    public static IReadOnlyList<TimingAnchor> Add(IReadOnlyList<TimingAnchor> anchors, IEnumerable<TimingPin> pins, int segmentCount, bool leaveOutRefused = false)
    {
        if (!leaveOutRefused && pins.TryGetNonEnumeratedCount(out var count) && count > segmentCount)
            throw new PinRefusedException($"expected at most {segmentCount} pins, one per segment, found {count}");
        var placed = new PlacedAnchors(anchors, segmentCount);
        foreach (var pin in pins)
        {
            if (Refusal(pin, segmentCount, placed.At(pin.Segment), placed.Before(pin.Segment), placed.After(pin.Segment)) is { } refusal)
            {
                if (leaveOutRefused)
                    continue;
                throw new PinRefusedException(refusal);
            }
            if (placed.At(pin.Segment) is not { Kind: AnchorKind.Chapter })
                placed.Set(new TimingAnchor(pin.Segment, pin.Seconds, AnchorKind.Pin));
        }
        return placed.InOrder();
    }

    /// <summary>The anchors without the pin of this segment (chapters stay).</summary>
    public static IReadOnlyList<TimingAnchor> Remove(IReadOnlyList<TimingAnchor> anchors, int segment) =>
        [.. anchors.Where(a => a.Segment != segment || a.Kind == AnchorKind.Chapter)];

    /// <summary>Why the pin cannot be added, or null when it can.</summary>
    public static string? Refusal(IReadOnlyList<TimingAnchor> anchors, TimingPin pin, int segmentCount)
    {
        var others = anchors.Where(a => a.Segment != pin.Segment || a.Kind == AnchorKind.Chapter).ToList();
        var at = others.FindIndex(a => a.Segment >= pin.Segment);
        TimingAnchor? same = at >= 0 && others[at].Segment == pin.Segment ? others[at] : null;
        var before = (at < 0 ? others.Count : at) - 1;
        var after = same is null ? at : at + 1;
        return Refusal(pin, segmentCount, same, before >= 0 ? others[before] : null, after >= 0 && after < others.Count ? others[after] : null);
    }

    // The anchors never decrease, so only the nearest one on each side can be contradicted; a pin's own segment
    // holds at most a chapter (an earlier pin or a cue there is what the pin replaces).
    private static string? Refusal(TimingPin pin, int segmentCount, TimingAnchor? same, TimingAnchor? before, TimingAnchor? after)
    {
        var (segment, seconds) = (pin.Segment, pin.Seconds);
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > MaxSeconds)
            return $"Pin at segment {segment} refused: expected a time from 0 seconds to 7 days ({MaxSeconds:0} seconds), found {Number(seconds)}.";
        var self = $"Pin at segment {segment} ({FormatTime(seconds)})";
        if (segment < 1 || segment > segmentCount)
            return $"{self} refused: the transcript's segments are 1 to {segmentCount}.";

        if (same is { Kind: AnchorKind.Chapter } chapter && chapter.Seconds != seconds)
            return $"{self} contradicts {Describe(chapter)}: a chapter's first segment starts at the chapter's time.";
        if (before is { } earlier && earlier.Seconds > seconds)
            return $"{self} contradicts {Describe(earlier)}: a later segment cannot start before an earlier one.";
        if (after is { } later && later.Seconds < seconds)
            return $"{self} contradicts {Describe(later)}: an earlier segment cannot start after a later one.";
        return null;
    }

    /// <summary><c>m:ss</c> or <c>h:mm:ss</c>, with the fraction of a second when there is one (<c>34:43.25</c>), to the millisecond.</summary>
    public static string FormatTime(double seconds)
    {
        var milliseconds = (long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero);
        var fraction = milliseconds % 1000;
        return ChapterTime.Format((int)(milliseconds / 1000)) + (fraction > 0 ? "." + fraction.ToString("000", CultureInfo.InvariantCulture).TrimEnd('0') : "");
    }

    /// <summary>A time as JavaScript writes a number (<c>1e+308</c>, <c>604800.5</c>), so that both sides' refusals read alike.</summary>
    internal static string Number(double seconds) => seconds.ToString(CultureInfo.InvariantCulture).Replace('E', 'e');

    private static string Describe(TimingAnchor anchor) => anchor.Kind switch
    {
        AnchorKind.Chapter => $"the chapter starting at segment {anchor.Segment} ({FormatTime(anchor.Seconds)})",
        AnchorKind.Cue => $"the cue of segment {anchor.Segment} ({FormatTime(anchor.Seconds)})",
        _ => $"the pin at segment {anchor.Segment} ({FormatTime(anchor.Seconds)})",
    };

    /// <summary>
    /// The anchors by segment, with the nearest on either side of a segment found in O(log segments): a Fenwick
    /// tree counts the segments that hold an anchor, and the k-th of them is found by descending it.
    /// </summary>
    private sealed class PlacedAnchors
    {
        private readonly TimingAnchor?[] bySegment;
        private readonly int[] counts;
        private readonly int top;

        public PlacedAnchors(IReadOnlyList<TimingAnchor> anchors, int segmentCount)
        {
            var size = Math.Max(segmentCount, anchors.Count == 0 ? 0 : anchors.Max(a => a.Segment));
            bySegment = new TimingAnchor?[size + 1];
            counts = new int[size + 1];
            top = size == 0 ? 0 : 1 << (31 - int.LeadingZeroCount(size));
            foreach (var anchor in anchors.Where(a => a.Segment >= 1))
                Set(anchor);
        }

        public TimingAnchor? At(int segment) => segment >= 1 && segment < bySegment.Length ? bySegment[segment] : null;

        public void Set(TimingAnchor anchor)
        {
            if (bySegment[anchor.Segment] is null)
            {
                for (var i = anchor.Segment; i < counts.Length; i += i & -i)
                    counts[i]++;
            }
            bySegment[anchor.Segment] = anchor;
        }

        /// <summary>The anchor of the greatest segment below <paramref name="segment"/>.</summary>
        public TimingAnchor? Before(int segment)
        {
            var below = CountUpTo(Math.Min(segment - 1, bySegment.Length - 1));
            return below == 0 ? null : bySegment[Kth(below)];
        }

        /// <summary>The anchor of the least segment above <paramref name="segment"/>.</summary>
        public TimingAnchor? After(int segment)
        {
            var upTo = CountUpTo(Math.Min(segment, bySegment.Length - 1));
            return upTo == CountUpTo(bySegment.Length - 1) ? null : bySegment[Kth(upTo + 1)];
        }

        public IReadOnlyList<TimingAnchor> InOrder() => [.. bySegment.OfType<TimingAnchor>()];

        private int CountUpTo(int segment)
        {
            var count = 0;
            for (var i = Math.Max(segment, 0); i > 0; i -= i & -i)
                count += counts[i];
            return count;
        }

        // The segment of the k-th anchor (1-based), k at most the anchors placed.
        private int Kth(int k)
        {
            var at = 0;
            for (var step = top; step > 0; step >>= 1)
            {
                if (at + step < counts.Length && counts[at + step] < k)
                {
                    at += step;
                    k -= counts[at];
                }
            }
            return at + 1;
        }
    }
}
