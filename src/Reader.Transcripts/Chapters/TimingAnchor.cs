namespace Reader.Transcripts.Chapters;

public enum AnchorKind
{
    /// <summary>A chapter's first segment, at the chapter's listed time.</summary>
    Chapter,

    /// <summary>A segment whose start a listener fixed to the media's time (the timing sidecar).</summary>
    Pin,

    /// <summary>A segment whose start the source itself gives (a subtitle cue).</summary>
    Cue,
}

/// <summary>A segment whose start is known exactly; the estimates are spread between consecutive anchors.</summary>
/// <param name="Segment">1-based, as in <c>#s-N</c>.</param>
public readonly record struct TimingAnchor(int Segment, double Seconds, AnchorKind Kind);

/// <summary>A segment's start fixed by hand, as the timing sidecar stores it.</summary>
/// <param name="Segment">1-based, as in <c>#s-N</c>.</param>
/// <param name="Seconds">As given: whole or fractional.</param>
public sealed record TimingPin(int Segment, double Seconds);

/// <summary>A pin that contradicts the chapters or another pin, or points past the transcript.</summary>
public sealed class PinRefusedException(string message) : Exception(message);
