using Microsoft.Extensions.Logging;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Media;
using Reader.Transcripts.Speakers;

namespace Reader.Storage.Library;

/// <summary>A file as it came in: its name as the sender gave it (untrusted) and its bytes on disk or in memory.</summary>
public sealed record IncomingFile(string Name, Func<Stream> Open, long Length)
{
    /// <summary>
    /// A transcript's sidecars that come along with it (<c>.speakers.json</c>, <c>.times.json</c>, <c>.media.json</c>,
    /// <c>.chapters.txt</c>, named after it), as the CLI finds them beside a file it imports; the web sends none.
    /// </summary>
    public IReadOnlyList<IncomingFile> Sidecars { get; init; } = [];
}

/// <summary>
/// The library's files, which are its truth (the database is an index of them): the seeds folder, whose
/// transcripts are the repository's, and the sources folder (<c>data/sources/</c>), one folder per episode
/// imported from outside, holding its transcript or pair, its sidecars and its own media file. Uploads are
/// written to a staging folder beside it first and moved in whole, so an interrupted one leaves nothing.
/// </summary>
public sealed class LibraryFiles(string seedsFolder, string sourcesFolder, ILogger<LibraryFiles> logger)
{
    private const string StagingFolderName = ".staging";

    public string SeedsFolder { get; } = Path.GetFullPath(seedsFolder);

    public string SourcesFolder { get; } = Path.GetFullPath(sourcesFolder);

    private string StagingFolder => Path.Combine(SourcesFolder, StagingFolderName);

    /// <summary>
    /// Every episode's source: those that keep a slug (<see cref="SlugSidecar"/>) first, so that into an empty
    /// database they get it back before a seed can take it; then the seeds' and the rest, each folder in name order.
    /// </summary>
    public IReadOnlyList<EpisodeSource> AllSources() =>
        [.. new[] { SeedSources(), UploadedSources() }.SelectMany(s => s).OrderBy(s => SlugSidecar.Read(s.Primary) is null)];

    public IReadOnlyList<EpisodeSource> SeedSources() => Directory.Exists(SeedsFolder) ? EpisodeSource.InFolder(SeedsFolder) : [];

    public IReadOnlyList<EpisodeSource> UploadedSources() => Directory.Exists(SourcesFolder)
        ? [.. Directory.EnumerateDirectories(SourcesFolder).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal)
            .Select(EpisodeSource.OfEpisodeFolder).OfType<EpisodeSource>()]
        : [];

    /// <summary>Whether the folder that an episode stored under this key has its files in exists: the sources folder for an uploaded one, the seeds folder for a seed.</summary>
    public bool HasFolderFor(string key) => Directory.Exists(key.Contains('/') ? SourcesFolder : SeedsFolder);

    /// <summary>The source stored under this key, if its files are still there.</summary>
    public EpisodeSource? Find(string key)
    {
        if (key.Contains('/'))
        {
            var folder = Path.Combine(SourcesFolder, key[..key.IndexOf('/')]);
            return IsInside(folder, SourcesFolder) && Directory.Exists(folder) ? EpisodeSource.OfEpisodeFolder(folder) : null;
        }
        return SeedSources().FirstOrDefault(s => s.Key == key);
    }

    /// <summary>
    /// Writes one episode's incoming files (a transcript or a pair, and perhaps its media) to a staging folder of
    /// their own, under safe names, with the chapter list as a sidecar; nothing is in the library yet. Sidecars the
    /// transcripts bring along are written under the name of the episode's first file, as the library names them
    /// (the first file's own first); a media file or chapter list given with the upload wins over theirs.
    /// </summary>
    /// <param name="folderName">The name the episode's folder will have, made safe.</param>
    public StagedEpisode Stage(string folderName, IReadOnlyList<IncomingFile> transcripts, IncomingFile? media, string? chapters, string kind = "upload")
    {
        var staging = Path.Combine(StagingFolder, $"{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var written = transcripts.Select((file, i) => (File: file, Path: Write(staging, Unique(SafeFileName.From(file.Name, $"transcript-{i + 1}"), names), file)))
                .OrderBy(w => w.Path, StringComparer.Ordinal).ToList();
            var paths = written.Select(w => w.Path).ToList();
            foreach (var sidecar in written.SelectMany(w => w.File.Sidecars))
                WriteSidecar(paths[0], sidecar);
            if (media is not null)
            {
                var mediaName = Unique(SafeFileName.From(media.Name, "media"), names);
                Write(staging, mediaName, media);
                File.WriteAllText(MediaSidecar.SidecarPathFor(paths[0]), MediaSidecar.Serialize(EpisodeMedia.ForFile(mediaName, EpisodeMedia.TypeOf(mediaName))) + Environment.NewLine);
            }
            if (!string.IsNullOrWhiteSpace(chapters))
                File.WriteAllText(ChapterSidecar.SidecarPathFor(paths[0]), chapters.Trim() + Environment.NewLine);
            var folder = SafeFileName.From(folderName, "episode").Replace('.', '-');
            return new StagedEpisode(staging, folder, new EpisodeSource($"{folder}/{Path.GetFileName(paths[0])}", paths));
        }
        catch
        {
            Discard(staging);
            throw;
        }
    }

    /// <summary>A staged episode by its id (the preview's), or null when it is gone or was never staged.</summary>
    public StagedEpisode? Staged(string id)
    {
        if (id.Length is < 8 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            return null;
        var staging = Path.Combine(StagingFolder, id);
        if (!Directory.Exists(staging) || File.ReadAllText(Path.Combine(staging, ".folder")) is not { Length: > 0 } folder)
            return null;
        return EpisodeSource.OfEpisodeFolder(staging) is { } source ? new StagedEpisode(staging, folder, source with { Key = $"{folder}/{Path.GetFileName(source.Primary)}" }) : null;
    }

    /// <summary>Keeps a staged episode for a later commit (the preview's Save) and says by which id.</summary>
    public string Keep(StagedEpisode staged)
    {
        File.WriteAllText(Path.Combine(staged.Folder, ".folder"), staged.FolderName);
        return Path.GetFileName(staged.Folder);
    }

    /// <summary>
    /// Moves a staged episode into the library under its folder name. An episode already there is replaced, its
    /// sidecars (names, pins, chapters, media, slug) carried over unless the upload brings its own. Returns how to undo it.
    /// </summary>
    public CommittedEpisode Commit(StagedEpisode staged)
    {
        Directory.CreateDirectory(SourcesFolder);
        var target = Path.Combine(SourcesFolder, staged.FolderName);
        string? replaced = null;
        if (Directory.Exists(target))
        {
            CarryOverSidecars(target, staged);
            replaced = Path.Combine(StagingFolder, $"replaced-{Guid.NewGuid():N}");
            Directory.Move(target, replaced);
        }
        File.Delete(Path.Combine(staged.Folder, ".folder"));
        Directory.Move(staged.Folder, target);
        var source = EpisodeSource.OfEpisodeFolder(target)!;
        logger.LogInformation("Stored {Files} in the library at {Folder}", string.Join(", ", source.Files.Select(Path.GetFileName)), target);
        return new CommittedEpisode(source, target, replaced);
    }

    /// <summary>Undoes a commit whose import failed: the new files go, the replaced ones come back.</summary>
    public void Undo(CommittedEpisode committed)
    {
        Discard(committed.Folder);
        if (committed.Replaced is { } old)
            Directory.Move(old, committed.Folder);
    }

    /// <summary>Drops what a replaced episode left behind once its replacement is imported.</summary>
    public void Finish(CommittedEpisode committed)
    {
        if (committed.Replaced is { } old)
            Discard(old);
    }

    public void Discard(StagedEpisode staged) => Discard(staged.Folder);

    /// <summary>Deletes an episode's files: its folder of the sources, or a seed's files and sidecars.</summary>
    public void Delete(EpisodeSource source)
    {
        if (source.Key.Contains('/'))
        {
            Discard(Path.GetDirectoryName(source.Primary)!);
        }
        else
        {
            foreach (var file in source.Files.Concat(Sidecars(source.Primary)))
                File.Delete(file);
        }
        logger.LogInformation("Deleted the files of {Source}", source.Key);
    }

    /// <summary>Staged uploads left by a stop mid-upload, and previews and replaced episodes older than a day, go.</summary>
    public void CleanStaging()
    {
        if (!Directory.Exists(StagingFolder))
            return;
        foreach (var folder in Directory.EnumerateDirectories(StagingFolder))
        {
            var name = Path.GetFileName(folder);
            var old = DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > TimeSpan.FromDays(1);
            if (name.StartsWith("upload-", StringComparison.Ordinal) || old)
                Discard(folder);
        }
    }

    /// <summary>The kinds of sidecar, by the suffix that names them after their transcript.</summary>
    public static readonly IReadOnlyList<(string Suffix, Func<string, string> PathFor)> SidecarKinds =
    [
        (SpeakerOverrides.Suffix, SpeakerOverrides.SidecarPathFor), (TimingSidecar.Suffix, TimingSidecar.SidecarPathFor),
        (MediaSidecar.Suffix, MediaSidecar.SidecarPathFor), (ChapterSidecar.Suffix, ChapterSidecar.SidecarPathFor),
        (SlugSidecar.Suffix, SlugSidecar.PathFor),
    ];

    /// <summary>The sidecars the source has.</summary>
    public static IEnumerable<string> Sidecars(string primary) => SidecarKinds.Select(k => k.PathFor(primary)).Where(File.Exists);

    private void CarryOverSidecars(string existingFolder, StagedEpisode staged)
    {
        if (EpisodeSource.OfEpisodeFolder(existingFolder) is not { } existing)
            return;
        foreach (var (suffix, pathFor) in SidecarKinds)
        {
            var isMedia = suffix == MediaSidecar.Suffix;
            var from = pathFor(existing.Primary);
            var to = pathFor(staged.Source.Primary);
            if (!File.Exists(from) || File.Exists(to))
                continue;
            File.Copy(from, to);
            if (isMedia && MediaSidecar.Parse(Path.GetFileName(from), MediaSidecar.Read(from)).File is { } mediaName
                        && File.Exists(Path.Combine(existingFolder, mediaName)) && !File.Exists(Path.Combine(staged.Folder, mediaName)))
                File.Copy(Path.Combine(existingFolder, mediaName), Path.Combine(staged.Folder, mediaName));
        }
    }

    private static void WriteSidecar(string primary, IncomingFile sidecar)
    {
        var kind = SidecarKinds.FirstOrDefault(k => sidecar.Name.EndsWith(k.Suffix, StringComparison.OrdinalIgnoreCase));
        if (kind.PathFor is null)
            throw new ArgumentException($"'{sidecar.Name}' is not a sidecar ({string.Join(", ", SidecarKinds.Select(k => k.Suffix))})", nameof(sidecar));
        var path = kind.PathFor(primary);
        if (!File.Exists(path))
            Write(Path.GetDirectoryName(path)!, Path.GetFileName(path), sidecar);
    }

    private static string Write(string folder, string name, IncomingFile file)
    {
        var path = Path.Combine(folder, name);
        using var input = file.Open();
        using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920);
        input.CopyTo(output);
        return path;
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var (stem, extension) = (Path.GetFileNameWithoutExtension(name), Path.GetExtension(name));
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
            candidate = $"{stem}-{n}{extension}";
        return candidate;
    }

    private void Discard(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            logger.LogWarning("Could not delete {Folder}: {Error}", folder, e.Message);
        }
    }

    private static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

/// <summary>An episode's files in a staging folder, not yet in the library.</summary>
/// <param name="FolderName">The library folder it will be stored in.</param>
public sealed record StagedEpisode(string Folder, string FolderName, EpisodeSource Source);

/// <summary>An episode's files moved into the library, and the folder they replaced (kept until the import is done).</summary>
public sealed record CommittedEpisode(EpisodeSource Source, string Folder, string? Replaced);
