using System.Security.Cryptography;
using Reader.Transcripts;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Media;
using Reader.Transcripts.Speakers;

namespace Reader.Storage.Library;

/// <summary>
/// An episode's source files and sidecars as bytes, and their content hash: enough to tell an unchanged source
/// without parsing it, and everything its parse needs.
/// </summary>
internal sealed class SourceFiles
{
    // Part of every content hash, so that a better parser re-imports files on the next run. Bump it when the
    // parser's output for the same input changes.
    private const string ParserRevision = "reader-parser-1";

    private readonly EpisodeSource source;
    private readonly IReadOnlyList<SourceFile> files;
    private readonly Sidecar? speakers, times, media, chapters;

    private SourceFiles(EpisodeSource source, IReadOnlyList<SourceFile> files, Sidecar? speakers, Sidecar? times, Sidecar? media, Sidecar? chapters)
    {
        (this.source, this.files, this.speakers, this.times, this.media, this.chapters) = (source, files, speakers, times, media, chapters);
        ContentHash = Hash(files, speakers, times, media, chapters);
    }

    /// <summary>SHA-256 of the files and sidecars, as <see cref="EpisodeRow.ContentHash"/> keeps it.</summary>
    public string ContentHash { get; }

    public static SourceFiles Load(EpisodeSource source)
    {
        var primary = source.Primary;
        return new SourceFiles(
            source,
            [.. source.Files.Select(SourceFile.Read)],
            Sidecar.Read(SpeakerOverrides.SidecarPathFor(primary), SpeakerOverrides.MaxBytes, "a speaker sidecar"),
            Sidecar.Read(TimingSidecar.SidecarPathFor(primary), TimingSidecar.MaxBytes, "a timing sidecar"),
            Sidecar.Read(MediaSidecar.SidecarPathFor(primary), MediaSidecar.MaxBytes, "a media sidecar"),
            Sidecar.Read(ChapterSidecar.SidecarPathFor(primary), ChapterSidecar.MaxBytes, ChapterSidecar.What));
    }

    /// <summary>The transcript with its sidecars applied; throws <see cref="TranscriptFormatException"/> for input it cannot read.</summary>
    public Transcript Parse()
    {
        var overrides = speakers is { } s ? SpeakerOverrides.Parse(s.Name, s.Text) : null;
        var pins = times is { } t ? (t.Name, TimingSidecar.Parse(t.Name, t.Text)) : ((string, IReadOnlyList<TimingPin>)?)null;
        var episodeMedia = media is { } m ? MediaSidecar.Parse(m.Name, m.Text) : null;
        if (episodeMedia?.File is { } mediaName)
        {
            var mediaPath = Path.Combine(Path.GetDirectoryName(source.Primary) ?? "", mediaName);
            if (!File.Exists(mediaPath))
                throw new TranscriptFormatException(media!.Name, 1, $"expected the media file '{mediaName}' beside the transcript, found none");
            episodeMedia = episodeMedia with { File = Path.GetFullPath(mediaPath) };
        }
        var transcript = TranscriptReader.Read(files, chapters?.Text, overrides, pins, chapters?.Name ?? "chapter list");
        return transcript with { Episode = transcript.Episode with { Media = episodeMedia } };
    }

    // The speaker sidecar's bytes follow the transcript's as they did before there were other sidecars; the
    // later ones enter by name and length, and only when present, so a transcript without them keeps its hash.
    // A pair's second file enters the same way, after the sidecars it had before pairs existed.
    private static string Hash(IReadOnlyList<SourceFile> files, Sidecar? speakers, params Sidecar?[] later)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(ParserRevision));
        sha.AppendData(files[0].Content);
        sha.AppendData(speakers?.Bytes ?? []);
        foreach (var sidecar in later.OfType<Sidecar>())
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"\0{sidecar.Suffix}\0{sidecar.Bytes.Length}\0"));
            sha.AppendData(sidecar.Bytes);
        }
        foreach (var file in files.Skip(1))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"\0file\0{file.Content.Length}\0"));
            sha.AppendData(file.Content);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private sealed record Sidecar(string Name, byte[] Bytes)
    {
        /// <summary><c>.times.json</c>, <c>.media.json</c>, <c>.chapters.txt</c>: what kind of sidecar, whatever the transcript's name.</summary>
        public string Suffix => Name[Name.LastIndexOf('.', Name.LastIndexOf('.') - 1)..];

        public string Text => SidecarText.Decode(Bytes);

        /// <summary>The sidecar if there is one, refused past its kind's limit before it is read whole.</summary>
        public static Sidecar? Read(string path, int maxBytes, string what) =>
            File.Exists(path) ? new Sidecar(Path.GetFileName(path), SidecarText.ReadBytes(path, maxBytes, what)) : null;
    }
}
