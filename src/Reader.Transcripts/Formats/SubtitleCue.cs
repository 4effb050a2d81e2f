namespace Reader.Transcripts.Formats;

/// <summary>One cue of a subtitle file, its markup stripped: when it plays and what it says.</summary>
/// <param name="Number">1-based: the cue number as written (SRT), else the cue's place in the file.</param>
/// <param name="Lines">The text lines without markup, none of them blank; empty for a cue with no text.</param>
/// <param name="Voice">The speaker the file names (a WebVTT <c>&lt;v Name&gt;</c>, an ASS actor), or null.</param>
/// <param name="Line">The 1-based source line of the cue's timing (an ASS <c>Dialogue:</c> line).</param>
public sealed record SubtitleCue(int Number, double StartSeconds, double EndSeconds, IReadOnlyList<string> Lines, string? Voice, int Line);
