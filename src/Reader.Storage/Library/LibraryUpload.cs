using Microsoft.Extensions.Logging;
using Reader.Transcripts;
using Reader.Transcripts.Media;

namespace Reader.Storage.Library;

/// <summary>Why an upload cannot be read: the file (as sent), the line or cue (0 when the file as a whole), and what was expected.</summary>
public sealed record UploadProblem(string File, int Line, string Message);

/// <summary>What an upload became: an import result per episode, or the problems that kept all of it out.</summary>
public sealed record UploadOutcome(IReadOnlyList<ImportResult> Episodes, IReadOnlyList<UploadProblem> Problems);

/// <summary>
/// Files from outside (the import page, <c>POST /import</c>, the CLI) into the library: grouped into episodes,
/// written to staging and read there, and only when every one of them reads, moved into the library and
/// imported. Input that cannot be read leaves nothing behind; an import that fails puts the files back as they were.
/// </summary>
public sealed class LibraryUpload(LibraryFiles files, EpisodeImporter importer, ILogger<LibraryUpload> logger)
{
    /// <summary>Files in one upload, media included.</summary>
    public const int MaxFiles = 20;

    /// <summary>
    /// Stages the files as episodes: a pair of subtitle files whose names differ only by a language tag
    /// (<c>show.zh.srt</c>, <c>show.en.srt</c>), or the only two transcript files of the upload unless each is an
    /// episode by itself (<see cref="TranscriptReader.ReadsAlone"/>: two bilingual files are two episodes), is one episode;
    /// every other transcript file is one of its own. An audio or video file is the media of the episode whose
    /// name it shares, or of the only episode. Every staged episode is read; on any problem all are discarded.
    /// </summary>
    public (IReadOnlyList<StagedEpisode> Staged, IReadOnlyList<UploadProblem> Problems) Stage(IReadOnlyList<IncomingFile> incoming, string? chapters, string kind = "upload")
    {
        if (incoming.Count == 0)
            return ([], [new UploadProblem("", 0, "expected at least one transcript or subtitle file, or pasted text")]);
        if (incoming.Count > MaxFiles)
            return ([], [new UploadProblem("", 0, $"expected at most {MaxFiles} files in one import, found {incoming.Count}")]);

        var (groups, problems) = GroupEpisodes(incoming);
        var staged = new List<StagedEpisode>();
        if (problems.Count == 0)
        {
            foreach (var group in groups)
            {
                var episode = files.Stage(group.FolderName, group.Transcripts, group.Media, chapters, kind);
                staged.Add(episode);
                try
                {
                    EpisodeImporter.Read(episode.Source);
                }
                catch (TranscriptFormatException e)
                {
                    problems.Add(new UploadProblem(SentName(e.File, group, episode), e.Line, e.Expected));
                }
                catch (IOException e)
                {
                    problems.Add(new UploadProblem(group.Transcripts[0].Name, 0, e.Message));
                }
            }
        }
        if (problems.Count > 0)
        {
            staged.ForEach(files.Discard);
            logger.LogInformation("Refused an upload of {Files} {FilesNoun}: {Problems}", incoming.Count, Counted.Noun(incoming.Count, "file"),
                string.Join("; ", problems.Select(p => $"{p.File}:{p.Line}: {p.Message}")));
            return ([], problems);
        }
        return (staged, []);
    }

    /// <summary>Moves staged episodes into the library and imports them, one by one.</summary>
    public UploadOutcome Save(IReadOnlyList<StagedEpisode> staged)
    {
        var results = new List<ImportResult>();
        var problems = new List<UploadProblem>();
        foreach (var episode in staged)
        {
            var before = importer.StoredHash(episode.Source.Key);
            var committed = files.Commit(episode);
            var result = importer.ImportSource(committed.Source);
            // The watcher of the sources folder may import the files first, once they are moved in; then this
            // import finds them unchanged, though for the sender they are new or changed.
            if (result.Outcome == ImportOutcome.Unchanged && importer.StoredHash(committed.Source.Key) != before)
                result = result with { Outcome = before is null ? ImportOutcome.Added : ImportOutcome.Replaced };
            if (result.Outcome == ImportOutcome.Failed)
            {
                files.Undo(committed);
                problems.Add(new UploadProblem(Path.GetFileName(committed.Source.Primary), result.Problem?.Line ?? 0, result.Problem?.Expected ?? result.Error ?? "could not be imported"));
                continue;
            }
            files.Finish(committed);
            results.Add(result);
        }
        return new UploadOutcome(results, problems);
    }

    /// <summary>Stages and saves in one go, as <c>POST /import</c> and the CLI do.</summary>
    public UploadOutcome Import(IReadOnlyList<IncomingFile> incoming, string? chapters)
    {
        var (staged, problems) = Stage(incoming, chapters);
        return problems.Count > 0 ? new UploadOutcome([], problems) : Save(staged);
    }

    private sealed record Group(string FolderName, IReadOnlyList<IncomingFile> Transcripts, IncomingFile? Media);

    private static (List<Group> Groups, List<UploadProblem> Problems) GroupEpisodes(IReadOnlyList<IncomingFile> incoming)
    {
        var problems = new List<UploadProblem>();
        var media = incoming.Where(IsMedia).ToList();
        var transcripts = incoming.Where(f => !IsMedia(f)).ToList();
        foreach (var file in transcripts.Where(f => f.Length > TranscriptParser.MaxFileBytes))
            problems.Add(new UploadProblem(file.Name, 0, $"expected a transcript of at most {TranscriptParser.MaxFileBytes / (1024 * 1024)} MiB, found {file.Length / (1024.0 * 1024):0.#} MiB"));
        if (transcripts.Count == 0)
            problems.Add(new UploadProblem(media.FirstOrDefault()?.Name ?? "", 0, "expected a transcript or subtitle file with the media (SRT, WebVTT, ASS/SSA or the podcast app's export)"));

        var groups = new List<Group>();
        if (transcripts.Count == 2 && problems.Count == 0 && !transcripts.All(ReadsAlone))
        {
            groups.Add(new Group(EpisodeSource.Stem(SafeFileName.From(transcripts[0].Name, "episode")), transcripts, null));
        }
        else
        {
            foreach (var byStem in transcripts.GroupBy(f => EpisodeSource.Stem(SafeFileName.From(f.Name, "episode")), StringComparer.OrdinalIgnoreCase))
            {
                var members = byStem.ToList();
                if (members.Count == 2)
                    groups.Add(new Group(byStem.Key, members, null));
                else
                    groups.AddRange(members.Select(f => new Group(Path.GetFileNameWithoutExtension(SafeFileName.From(f.Name, "episode")), [f], null)));
            }
        }

        foreach (var file in media)
        {
            var stem = Path.GetFileNameWithoutExtension(SafeFileName.From(file.Name, "media"));
            var at = groups.Count == 1 ? 0 : groups.FindIndex(g => g.FolderName.Equals(stem, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
                problems.Add(new UploadProblem(file.Name, 0, $"expected a transcript named like this media file ({stem}.srt, …) when several episodes are imported at once"));
            else if (groups[at].Media is not null)
                problems.Add(new UploadProblem(file.Name, 0, $"expected one media file per episode, found a second for {groups[at].FolderName}"));
            else
                groups[at] = groups[at] with { Media = file };
        }
        return (groups, problems);
    }

    private static bool IsMedia(IncomingFile file) => EpisodeMedia.TypeOf(file.Name) is not null;

    private static bool ReadsAlone(IncomingFile file)
    {
        using var stream = file.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return TranscriptReader.ReadsAlone(new SourceFile(file.Name, bytes.ToArray()));
    }

    // Messages name the files as their sender named them, not as the library stores them.
    private static string SentName(string stored, Group group, StagedEpisode episode)
    {
        var files = episode.Source.Files.Select(Path.GetFileName).ToList();
        var at = files.IndexOf(stored);
        var sent = group.Transcripts.Select(t => t.Name).ToList();
        return at >= 0 && files.Count == sent.Count ? sent.OrderBy(n => SafeFileName.From(n, ""), StringComparer.Ordinal).ElementAt(at) : stored;
    }
}
