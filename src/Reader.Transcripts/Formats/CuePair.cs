namespace Reader.Transcripts.Formats;

/// <summary>
/// Chinese and English cues that say the same thing: one and one, two and one, one and two, or a cue alone
/// when the other file has nothing at its time. Neither side is empty in both.
/// </summary>
public sealed record CuePair(IReadOnlyList<SubtitleCue> Zh, IReadOnlyList<SubtitleCue> En)
{
    public double StartSeconds => Math.Min(Zh.Count > 0 ? Zh[0].StartSeconds : double.MaxValue, En.Count > 0 ? En[0].StartSeconds : double.MaxValue);

    public double EndSeconds => Zh.Concat(En).Max(c => c.EndSeconds);
}
