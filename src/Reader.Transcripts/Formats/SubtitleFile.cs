namespace Reader.Transcripts.Formats;

/// <summary>A subtitle file as read, before its cues become segments: what <see cref="SrtParser"/>, <see cref="WebVttParser"/> and <see cref="AssParser"/> return.</summary>
/// <param name="File">The name to cite in errors and warnings.</param>
/// <param name="Title">The title the file gives itself (<c>WEBVTT - Title</c>, ASS <c>Title:</c>), or null.</param>
/// <param name="Cues">Sorted by start; cues with the same start keep their order in the file.</param>
/// <param name="Lines">Every non-blank line of the file, each with one kind.</param>
public sealed record SubtitleFile(
    string File,
    SourceFormat Format,
    string? Title,
    IReadOnlyList<SubtitleCue> Cues,
    IReadOnlyList<ParseWarning> Warnings,
    IReadOnlyList<SourceLine> Lines);
