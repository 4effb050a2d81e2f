using System.CommandLine;
using Reader.Storage;
using Reader.Storage.Library;
using Reader.Transcripts;
using Serilog;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>parse &lt;file&gt; [second file] [--json]</c>: the episode a source makes, read as an import reads it (any format,
/// a pair of single-language files, the sidecars of the first file applied), without touching a database.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = $"A transcript or subtitle file ({string.Join(", ", EpisodeSource.Extensions)})." };
        var second = new Argument<FileInfo?>("second") { Description = "The other file of a pair of single-language subtitle files.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the whole parse as JSON on stdout; a timed source's segments carry startSeconds and endSeconds." };
        var command = new Command("parse", "Read a transcript, subtitle file or pair and print what it holds.") { file, second, json };
        command.SetAction(result => Run(result, [result.GetValue(file)!, .. result.GetValue(second) is { } other ? [other] : Array.Empty<FileInfo>()], result.GetValue(json)));
        return command;
    }

    private static int Run(ParseResult result, IReadOnlyList<FileInfo> files, bool json)
    {
        using var services = CliServices.Build();
        if (files.FirstOrDefault(f => Directory.Exists(f.FullName)) is { } folder)
        {
            result.Error().WriteLine(TerminalText.Escape($"{folder.Name}: is a folder; expected a transcript or subtitle file ({string.Join(", ", EpisodeSource.Extensions)})"));
            return 1;
        }
        if (files.FirstOrDefault(f => !f.Exists) is { } missing)
        {
            result.Error().WriteLine(TerminalText.Escape($"{missing.Name}: no such file"));
            return 1;
        }
        // In name order, as the library keeps a pair: the first file's sidecars are the episode's.
        var paths = files.Select(f => f.FullName).Order(StringComparer.Ordinal).ToList();
        try
        {
            var transcript = EpisodeImporter.Read(new EpisodeSource(Path.GetFileName(paths[0]), paths)).Transcript;
            Log.Information("Parsed {Episode}: {Segments} {SegmentsNoun}, {Chapters} {ChaptersNoun}, {Warnings} {WarningsNoun}",
                transcript.Episode.Slug,
                transcript.Segments.Count, Counted.Noun(transcript.Segments.Count, "segment"),
                transcript.Chapters.Count, Counted.Noun(transcript.Chapters.Count, "chapter"),
                transcript.Warnings.Count, Counted.Noun(transcript.Warnings.Count, "warning"));

            result.Output().WriteLine(json ? TranscriptJson.Serialize(transcript) : Describe(transcript, Path.GetFileName(paths[0])));
            return 0;
        }
        catch (TranscriptFormatException e)
        {
            result.Error().WriteLine(TerminalText.Escape(e.Message));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.Error().WriteLine(TerminalText.Escape($"{Path.GetFileName(paths[0])}: {e.Message}"));
            return 1;
        }
    }

    private static string Describe(Transcript t, string file)
    {
        var lines = new List<string>
        {
            $"{TerminalText.Escape(t.Episode.Show)}: {TerminalText.Escape(t.Episode.TitleEn)}",
            $"  {TerminalText.Escape(t.Episode.TitleZh)}",
            $"  slug {t.Episode.Slug}, {Counted.Of(t.Segments.Count, "segment")}, {Counted.Of(t.Chapters.Count, "chapter")}, {Counted.Of(t.Warnings.Count, "warning")}",
            "  " + Timing(t),
        };
        lines.AddRange(t.Speakers.Select(s => $"  {s.Label}: {TerminalText.Escape(s.Name)} ({s.Role.Name()})"));
        lines.AddRange(t.Chapters.Select(c => $"  {ChapterTime.Format(c.StartSeconds),8}  #{c.FirstSegment,-4} {TerminalText.Escape(c.Title)}"));
        lines.AddRange(t.Warnings.Select(w => $"  {TerminalText.Escape(file)}:{w.Line}: {TerminalText.Escape(w.Message)}"));
        return string.Join(Environment.NewLine, lines);
    }

    // A timed source's length is where its last cue ends; an export's is estimated, and shown with ≈ as everywhere.
    private static string Timing(Transcript t)
    {
        if (t.Timed)
        {
            var end = t.Segments.Max(s => s.EndSeconds ?? s.StartSeconds ?? 0);
            return $"timed by its cues, {ChapterTime.Format((int)Math.Ceiling(end))} long";
        }
        return t.Episode.DurationSeconds is { } seconds ? $"times estimated, ≈{ChapterTime.Format(seconds)} long" : "times estimated, length unknown";
    }
}
