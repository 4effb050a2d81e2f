using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage;
using Reader.Storage.Library;
using Reader.Transcripts;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>rebuild</c>: the database made again from the library's files alone, which are its truth: every source
/// imported again, even an unchanged one, and the episodes whose files are gone removed.
/// </summary>
internal static class RebuildCommand
{
    public static Command Create()
    {
        var command = new Command("rebuild", """
            Rebuild the database from the library's files alone. Every transcript of the seeds folder (Reader:SeedsFolder,
            by default the repository's seeds/) and of the sources folder (Reader:SourcesFolder, by default data/sources/)
            is read and imported again, even when unchanged, each episode in one transaction; episodes whose files are gone
            are removed. An episode already in the database keeps its slug, and into a new database an imported one gets back
            the slug kept beside it (<file>.slug); a file that cannot be read keeps its old episode
            and makes the command exit 1. A missing folder removes nothing (more likely a setting than a deletion). After a
            lost or deleted database file, this is how to get the library back.
            """);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult result)
    {
        using var services = CliServices.Build();
        services.OpenDatabase().Dispose();
        var files = services.GetRequiredService<LibraryFiles>();
        var importer = services.GetRequiredService<EpisodeImporter>();
        var console = result.Console();

        foreach (var folder in new[] { files.SeedsFolder, files.SourcesFolder }.Where(f => !Directory.Exists(f)))
            result.Error().WriteLine(TerminalText.Escape($"{folder}: no such folder; its episodes are kept as they are"));
        var sources = files.AllSources();
        var results = console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask($"Rebuilding {Counted.Of(sources.Count, "episode")}", maxValue: sources.Count);
            return sources.Select(source =>
            {
                var imported = importer.ImportSource(source, force: true);
                task.Increment(1);
                return imported;
            }).ToList();
        });
        var removed = importer.RemoveGone(sources, files.HasFolderFor, key => files.Find(key)?.Key == key);

        foreach (var failure in results.Where(r => r.Outcome == ImportOutcome.Failed))
            result.Error().WriteLine(TerminalText.Escape(failure.Error));
        var table = ImportSummary.Table(results, replaced: "rebuilt");
        foreach (var (sourceKey, slug) in removed)
            table.AddRow(TerminalText.Cell(sourceKey), "removed", TerminalText.Cell(slug), "", "", "", "");
        if (table.Rows.Count > 0)
            console.Write(table);

        var failed = results.Count(r => r.Outcome == ImportOutcome.Failed);
        result.Output().WriteLine(
            $"Rebuilt from {Counted.Of(sources.Count, "source")}: {Count(ImportOutcome.Added)} added, {Count(ImportOutcome.Replaced)} rebuilt, " +
            $"{failed} failed (kept as they were), {removed.Count} removed.");
        return failed > 0 ? 1 : 0;

        int Count(ImportOutcome outcome) => results.Count(r => r.Outcome == outcome);
    }
}
