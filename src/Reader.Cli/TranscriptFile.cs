using Reader.Transcripts;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Media;
using Reader.Transcripts.Speakers;

namespace Reader.Cli;

/// <summary>A transcript file read as an import reads it (<see cref="TranscriptReader"/>): with the speaker, timing, chapter and media sidecars beside it.</summary>
internal static class TranscriptFile
{
    /// <param name="pins">Pins to use instead of the timing sidecar's (<c>reader times</c> checks a change before writing it).</param>
    public static Transcript Parse(FileInfo file, IReadOnlyList<TimingPin>? pins = null)
    {
        var speakers = SpeakerOverrides.SidecarPathFor(file.FullName);
        var overrides = File.Exists(speakers) ? SpeakerOverrides.Parse(Path.GetFileName(speakers), SpeakerOverrides.Read(speakers)) : null;
        var times = TimingSidecar.SidecarPathFor(file.FullName);
        pins ??= ReadPins(file);
        var media = MediaSidecar.SidecarPathFor(file.FullName);
        var chapters = ChapterSidecar.SidecarPathFor(file.FullName);

        var transcript = TranscriptReader.Read([SourceFile.Read(file.FullName)],
            File.Exists(chapters) ? ChapterSidecar.Read(chapters) : null, overrides, (Path.GetFileName(times), pins), Path.GetFileName(chapters));
        return File.Exists(media)
            ? transcript with { Episode = transcript.Episode with { Media = MediaSidecar.Parse(Path.GetFileName(media), MediaSidecar.Read(media)) } }
            : transcript;
    }

    /// <summary>The timing sidecar's pins, none when there is no sidecar.</summary>
    public static IReadOnlyList<TimingPin> ReadPins(FileInfo file)
    {
        var times = TimingSidecar.SidecarPathFor(file.FullName);
        return File.Exists(times) ? TimingSidecar.Parse(Path.GetFileName(times), TimingSidecar.Read(times)) : [];
    }
}
