using System.CommandLine;
using Reader.Transcripts;
using Serilog;

namespace Reader.Cli.Commands;

/// <summary><c>parse &lt;file&gt; [--json]</c>: the parsed episode with its sidecars applied, without touching a database.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A transcript export (.txt)." };
        var json = new Option<bool>("--json") { Description = "Print the whole parse as JSON on stdout." };
        var command = new Command("parse", "Parse a transcript file and print what it holds.") { file, json };
        command.SetAction(result => Run(result, result.GetValue(file)!, result.GetValue(json)));
        return command;
    }

    private static int Run(ParseResult result, FileInfo file, bool json)
    {
        using var services = CliServices.Build();
        try
        {
            var transcript = TranscriptFile.Parse(file);
            Log.Information("Parsed {Episode}: {Segments} {SegmentsNoun}, {Chapters} {ChaptersNoun}, {Warnings} {WarningsNoun}",
                transcript.Episode.Slug,
                transcript.Segments.Count, Counted.Noun(transcript.Segments.Count, "segment"),
                transcript.Chapters.Count, Counted.Noun(transcript.Chapters.Count, "chapter"),
                transcript.Warnings.Count, Counted.Noun(transcript.Warnings.Count, "warning"));
            foreach (var warning in transcript.Warnings)
                Log.Warning("{File}:{Line}: {Warning}", TerminalText.Escape(file.Name), warning.Line, TerminalText.Escape(warning.Message));

            result.Output().WriteLine(json ? TranscriptJson.Serialize(transcript) : Describe(transcript));
            return 0;
        }
        catch (TranscriptFormatException e)
        {
            result.Error().WriteLine(TerminalText.Escape(e.Message));
            return 1;
        }
        catch (IOException e)
        {
            result.Error().WriteLine(TerminalText.Escape($"{file.Name}: {e.Message}"));
            return 1;
        }
    }

    private static string Describe(Transcript t)
    {
        var lines = new List<string>
        {
            $"{TerminalText.Escape(t.Episode.Show)}: {TerminalText.Escape(t.Episode.TitleEn)}",
            $"  {TerminalText.Escape(t.Episode.TitleZh)}",
            $"  slug {t.Episode.Slug}, {Counted.Of(t.Segments.Count, "segment")}, {Counted.Of(t.Chapters.Count, "chapter")}, {Counted.Of(t.Warnings.Count, "warning")}",
        };
        lines.AddRange(t.Speakers.Select(s => $"  {s.Label}: {TerminalText.Escape(s.Name)} ({s.Role.Name()})"));
        lines.AddRange(t.Chapters.Select(c => $"  {ChapterTime.Format(c.StartSeconds),8}  #{c.FirstSegment,-4} {TerminalText.Escape(c.Title)}"));
        return string.Join(Environment.NewLine, lines);
    }
}
