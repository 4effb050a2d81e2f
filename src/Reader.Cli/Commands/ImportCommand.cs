using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage;
using Reader.Storage.Library;
using Reader.Transcripts;
using Reader.Transcripts.Media;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>import &lt;file|folder&gt; [more files] [--pair] [--chapters &lt;file&gt;]</c>: episodes from outside into the
/// library, as the web's import page takes them (<see cref="LibraryUpload"/>): their files kept in the sources
/// folder, then indexed in the database. Input that cannot be read saves nothing. The library's own folders (the
/// seeds folder, the sources folder or one of its episodes) are imported where they are, not copied into it again.
/// </summary>
internal static class ImportCommand
{
    private static readonly string Formats = string.Join(", ", EpisodeSource.Extensions);

    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = $"Transcript or subtitle files ({Formats}), perhaps with the episode's audio or video file; or one folder of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var pair = new Option<bool>("--pair") { Description = "The two files given are one episode: its Chinese and its English subtitles." };
        var chapters = new Option<FileInfo?>("--chapters") { Description = "A chapter list for the episode, as the podcast app writes it (0:00 - 开场 2:00 - …), for a source without one." };
        var command = new Command("import", """
            Import episodes into the library: their files are kept in the sources folder (Reader:SourcesFolder, by default
            data/sources/, one folder per episode) and indexed in the database; an unchanged episode is skipped. One file is one
            episode; two files given together, or a folder's two files named x.zh.srt and x.en.srt, are one episode of two
            single-language files. Sidecars beside a file (.speakers.json, .times.json, .media.json, .chapters.txt) come along.
            Input that cannot be read is reported as file:line: what was expected, and nothing is saved.
            """)
        {
            paths, pair, chapters,
        };
        command.SetAction(result => Run(result, result.GetValue(paths)!, result.GetValue(pair), result.GetValue(chapters)));
        return command;
    }

    private static int Run(ParseResult result, string[] paths, bool pair, FileInfo? chaptersFile)
    {
        if (Refusal(paths, pair, chaptersFile) is { } refusal)
        {
            result.Error().WriteLine(TerminalText.Escape(refusal));
            return 1;
        }
        var chapters = chaptersFile is null ? null : File.ReadAllText(chaptersFile.FullName);

        using var services = CliServices.Build();
        services.OpenDatabase().Dispose();
        var files = services.GetRequiredService<LibraryFiles>();
        var inLibrary = paths.Where(p => InLibrary(files, p) is not null).ToList();
        if (inLibrary.Count > 0 && (paths.Length > 1 || chapters is not null))
        {
            result.Error().WriteLine(TerminalText.Escape($"{inLibrary[0]} is in the library already: import it on its own, without --chapters"));
            return 1;
        }

        var console = result.Console();
        var outcome = inLibrary.Count > 0 ? ImportInPlace(console, services, InLibrary(files, paths[0])!)
            : Directory.Exists(paths[0]) ? ImportFolder(console, services, paths[0], chapters)
            : services.GetRequiredService<LibraryUpload>().Import(Incoming(paths), chapters);

        if (outcome.Episodes.Count == 0 && outcome.Problems.Count == 0)
        {
            result.Error().WriteLine(TerminalText.Escape($"{paths[0]}: no transcript or subtitle file in it ({Formats})"));
            return 1;
        }
        foreach (var problem in outcome.Problems)
            result.Error().WriteLine(ImportSummary.Line(problem));
        foreach (var failure in outcome.Episodes.Where(r => r.Outcome == ImportOutcome.Failed))
            result.Error().WriteLine(TerminalText.Escape(failure.Error));
        if (outcome.Episodes.Count > 0)
            console.Write(ImportSummary.Table(outcome.Episodes));
        return outcome.Problems.Count > 0 || outcome.Episodes.Any(r => r.Outcome == ImportOutcome.Failed) ? 1 : 0;
    }

    private static string? Refusal(string[] paths, bool pair, FileInfo? chapters)
    {
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
            return $"{missing}: no such file or folder";
        if (chapters is { Exists: false })
            return $"{chapters.Name}: no such file";
        if (paths.Length > 1 && paths.FirstOrDefault(Directory.Exists) is { } folder)
            return $"{folder}: a folder is imported on its own; give files, or one folder";
        var transcripts = paths.Count(p => File.Exists(p) && EpisodeMedia.TypeOf(p) is null);
        if (pair && (Directory.Exists(paths[0]) || transcripts != 2))
            return $"--pair expects exactly two transcript or subtitle files (its Chinese and its English), found {transcripts}";
        return null;
    }

    /// <summary>
    /// Every episode of the folder read first, and only when all of them read, moved into the library and imported:
    /// a folder with a bad file saves nothing, as an upload with one does.
    /// </summary>
    private static UploadOutcome ImportFolder(IAnsiConsole console, IServiceProvider services, string folder, string? chapters)
    {
        var upload = services.GetRequiredService<LibraryUpload>();
        var sources = EpisodeSource.InFolder(folder);
        if (sources.Count > 1 && chapters is not null)
            return new UploadOutcome([], [new UploadProblem("", 0, $"--chapters is for one episode; {folder} holds {sources.Count}")]);

        return console.Progress().AutoClear(true).Start(context =>
        {
            var reading = context.AddTask($"Reading {Counted.Of(sources.Count, "episode")}", maxValue: sources.Count);
            var staged = new List<StagedEpisode>();
            var problems = new List<UploadProblem>();
            foreach (var source in sources)
            {
                var (episodes, refused) = upload.Stage(Incoming(source.Files), chapters);
                staged.AddRange(episodes);
                problems.AddRange(refused);
                reading.Increment(1);
            }
            if (problems.Count > 0)
            {
                staged.ForEach(services.GetRequiredService<LibraryFiles>().Discard);
                return new UploadOutcome([], problems);
            }

            var importing = context.AddTask($"Importing {Counted.Of(staged.Count, "episode")}", maxValue: staged.Count);
            var saved = staged.Select(episode =>
            {
                var outcome = upload.Save([episode]);
                importing.Increment(1);
                return outcome;
            }).ToList();
            return new UploadOutcome([.. saved.SelectMany(o => o.Episodes)], [.. saved.SelectMany(o => o.Problems)]);
        });
    }

    private static UploadOutcome ImportInPlace(IAnsiConsole console, IServiceProvider services, IReadOnlyList<EpisodeSource> sources)
    {
        var importer = services.GetRequiredService<EpisodeImporter>();
        var results = console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask($"Importing {Counted.Of(sources.Count, "episode")}", maxValue: sources.Count);
            return sources.Select(source =>
            {
                var imported = importer.ImportSource(source);
                task.Increment(1);
                return imported;
            }).ToList();
        });
        return new UploadOutcome(results, []);
    }

    /// <summary>
    /// The library's sources at this path, or null when it is outside the library. A file of the library is imported
    /// as the library stores it, so that it stays one episode and is not copied into the library a second time.
    /// </summary>
    private static IReadOnlyList<EpisodeSource>? InLibrary(LibraryFiles files, string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (!IsWithin(full, files.SeedsFolder) && !IsWithin(full, files.SourcesFolder))
            return null;
        if (full == files.SeedsFolder)
            return files.SeedSources();
        if (full == files.SourcesFolder)
            return files.UploadedSources();
        if (Directory.Exists(full))
            return EpisodeSource.OfEpisodeFolder(full) is { } episode ? [episode] : [];
        return [.. files.AllSources().Where(s => s.Files.Contains(full, StringComparer.Ordinal))];
    }

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The files as an upload sends them, each transcript with its sidecars. A media sidecar that names a file
    /// beside the transcript brings that file along as the episode's media instead; the upload writes its sidecar anew.
    /// </summary>
    private static List<IncomingFile> Incoming(IEnumerable<string> paths)
    {
        var incoming = new List<IncomingFile>();
        foreach (var path in paths)
        {
            var sidecars = LibraryFiles.Sidecars(path).ToList();
            var mediaSidecar = MediaSidecar.SidecarPathFor(path);
            if (sidecars.Contains(mediaSidecar) && MediaFileNamedBy(mediaSidecar) is { } media)
            {
                sidecars.Remove(mediaSidecar);
                incoming.Add(Incoming(media));
            }
            incoming.Add(Incoming(path) with { Sidecars = [.. sidecars.Select(Incoming)] });
        }
        return incoming;
    }

    private static IncomingFile Incoming(string path) => new(Path.GetFileName(path), () => File.OpenRead(path), new FileInfo(path).Length);

    private static string? MediaFileNamedBy(string sidecar)
    {
        try
        {
            var named = MediaSidecar.Parse(Path.GetFileName(sidecar), MediaSidecar.Read(sidecar)).File;
            var path = named is null ? null : Path.Combine(Path.GetDirectoryName(sidecar)!, named);
            return path is not null && EpisodeMedia.TypeOf(path) is not null && File.Exists(path) ? path : null;
        }
        catch (TranscriptFormatException)
        {
            // Left as a sidecar, so that reading the episode reports it where it is wrong.
            return null;
        }
    }
}
