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
        var overrides = File.Exists(speakers) ? SpeakerOverrides.Parse(Path.GetFileName(speakers), File.ReadAllText(speakers)) : null;
        var times = TimingSidecar.SidecarPathFor(file.FullName);
        pins ??= ReadPins(file);
        var media = MediaSidecar.SidecarPathFor(file.FullName);
        var chapters = ChapterSidecar.SidecarPathFor(file.FullName);

        var transcript = TranscriptReader.Read([new SourceFile(file.Name, File.ReadAllBytes(file.FullName))],
            File.Exists(chapters) ? File.ReadAllText(chapters) : null, overrides, (Path.GetFileName(times), pins));
        return File.Exists(media)
            ? transcript with { Episode = transcript.Episode with { Media = MediaSidecar.Parse(Path.GetFileName(media), File.ReadAllText(media)) } }
            : transcript;
    }

    /// <summary>The timing sidecar's pins, none when there is no sidecar.</summary>
    public static IReadOnlyList<TimingPin> ReadPins(FileInfo file)
    {
        var times = TimingSidecar.SidecarPathFor(file.FullName);
        return File.Exists(times) ? TimingSidecar.Parse(Path.GetFileName(times), File.ReadAllText(times)) : [];
    }
}
