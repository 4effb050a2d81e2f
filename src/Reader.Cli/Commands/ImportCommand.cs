using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage;
using Reader.Transcripts;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary><c>import &lt;file|folder&gt;</c>: new and changed transcripts into the database, one transaction each.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A transcript file, or a folder of them (*.txt)." };
        var command = new Command("import", "Import transcripts into the database; unchanged files are skipped.") { path };
        command.SetAction(result => Run(result, result.GetValue(path)!));
        return command;
    }

    private static int Run(ParseResult result, string path)
    {
        using var services = CliServices.Build();
        services.OpenDatabase().Dispose();
        var importer = services.GetRequiredService<EpisodeImporter>();

        var console = result.Console();
        IReadOnlyList<ImportResult> results;
        if (Directory.Exists(path))
        {
            var sources = EpisodeImporter.SourcesIn(path);
            results = console.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask($"Importing {Counted.Of(sources.Count, "file")}", maxValue: sources.Count);
                return importer.ImportFolder(path, new Progress<ImportResult>(_ => task.Increment(1)));
            });
        }
        else if (File.Exists(path))
        {
            results = [importer.ImportFile(path)];
        }
        else
        {
            result.Error().WriteLine($"{TerminalText.Escape(path)}: no such file or folder");
            return 1;
        }

        foreach (var failure in results.Where(r => r.Outcome == ImportOutcome.Failed))
            result.Error().WriteLine(TerminalText.Escape(failure.Error));
        console.Write(Summary(results));
        return results.Any(r => r.Outcome == ImportOutcome.Failed) ? 1 : 0;
    }

    private static Table Summary(IReadOnlyList<ImportResult> results)
    {
        var table = new Table().AddColumns("File", "Outcome", "Episode", "Segments", "Chapters", "Warnings");
        foreach (var r in results)
        {
            table.AddRow(
                TerminalText.Cell(r.File),
                r.Outcome == ImportOutcome.Failed ? "[red]failed[/]" : r.Outcome.ToString().ToLowerInvariant(),
                TerminalText.Cell(r.Slug),
                r.Outcome is ImportOutcome.Added or ImportOutcome.Replaced ? r.Segments.ToString() : "",
                r.Outcome is ImportOutcome.Added or ImportOutcome.Replaced ? r.Chapters.ToString() : "",
                r.Outcome is ImportOutcome.Added or ImportOutcome.Replaced ? r.Warnings.ToString() : "");
        }
        return table;
    }
}
