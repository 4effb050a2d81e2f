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

    /// <summary>The chapters' anchors with the pins added in order; throws <see cref="PinRefusedException"/> at the first that contradicts.</summary>
    public static IReadOnlyList<TimingAnchor> Of(IEnumerable<Chapter> chapters, IEnumerable<TimingPin> pins, int segmentCount) =>
        pins.Aggregate(Of(chapters), (anchors, pin) => Add(anchors, pin, segmentCount));

    /// <summary>
    /// The transcript's anchors, which its parse has already checked: for a timed source every segment at its
    /// cue's start (the chapters are placed by those times, so they add nothing), else the chapters; then the pins.
    /// </summary>
    public static IReadOnlyList<TimingAnchor> Of(Transcript transcript) => transcript.Timed
        ? transcript.Pins.Aggregate(Cues(transcript.Segments.Select(s => s.StartSeconds!.Value)), (anchors, pin) => Add(anchors, pin, transcript.Segments.Count))
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

    /// <summary>The anchors without the pin of this segment (chapters stay).</summary>
    public static IReadOnlyList<TimingAnchor> Remove(IReadOnlyList<TimingAnchor> anchors, int segment) =>
        [.. anchors.Where(a => a.Segment != segment || a.Kind == AnchorKind.Chapter)];

    /// <summary>Why the pin cannot be added, or null when it can.</summary>
    public static string? Refusal(IReadOnlyList<TimingAnchor> anchors, TimingPin pin, int segmentCount)
    {
        var (segment, seconds) = (pin.Segment, pin.Seconds);
        if (!double.IsFinite(seconds) || seconds < 0)
            return $"Pin at segment {segment} refused: expected a time of 0 seconds or more, found {seconds.ToString(CultureInfo.InvariantCulture)}.";
        var self = $"Pin at segment {segment} ({FormatTime(seconds)})";
        if (segment < 1 || segment > segmentCount)
            return $"{self} refused: the transcript's segments are 1 to {segmentCount}.";

        var others = anchors.Where(a => a.Segment != segment || a.Kind == AnchorKind.Chapter).ToList();
        // The anchors never decrease, so only the nearest one on each side can be contradicted.
        var at = others.FindIndex(a => a.Segment >= segment);
        if (at >= 0 && others[at].Segment == segment && others[at].Seconds != seconds)
            return $"{self} contradicts {Describe(others[at])}: a chapter's first segment starts at the chapter's time.";
        if ((at < 0 ? others.Count : at) - 1 is var before and >= 0 && others[before].Seconds > seconds)
            return $"{self} contradicts {Describe(others[before])}: a later segment cannot start before an earlier one.";
        var after = at >= 0 && others[at].Segment == segment ? at + 1 : at;
        if (after >= 0 && after < others.Count && others[after].Seconds < seconds)
            return $"{self} contradicts {Describe(others[after])}: an earlier segment cannot start after a later one.";
        return null;
    }

    /// <summary><c>m:ss</c> or <c>h:mm:ss</c>, with the fraction of a second when there is one (<c>34:43.25</c>), to the millisecond.</summary>
    public static string FormatTime(double seconds)
    {
        var milliseconds = (long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero);
        var fraction = milliseconds % 1000;
        return ChapterTime.Format((int)(milliseconds / 1000)) + (fraction > 0 ? "." + fraction.ToString("000", CultureInfo.InvariantCulture).TrimEnd('0') : "");
    }

    private static string Describe(TimingAnchor anchor) => anchor.Kind switch
    {
        AnchorKind.Chapter => $"the chapter starting at segment {anchor.Segment} ({FormatTime(anchor.Seconds)})",
        AnchorKind.Cue => $"the cue of segment {anchor.Segment} ({FormatTime(anchor.Seconds)})",
        _ => $"the pin at segment {anchor.Segment} ({FormatTime(anchor.Seconds)})",
    };
}
