using System.CommandLine;
using Reader.Storage;
using Reader.Transcripts;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary><c>list</c>: the imported episodes, newest import first.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the imported episodes.");
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult result)
    {
        using var services = CliServices.Build();
        using var db = services.OpenDatabase();
        var episodes = db.ListEpisodesAsync().GetAwaiter().GetResult();

        if (episodes.Count == 0)
        {
            result.Output().WriteLine("No episodes yet. Import some with: reader import seeds/");
            return 0;
        }

        var table = new Table().AddColumns("Episode", "Show", "Title", "Length", "Segments", "Chapters", "Warnings", "File");
        foreach (var e in episodes)
        {
            table.AddRow(
                TerminalText.Cell(e.Slug),
                TerminalText.Cell(e.Show),
                TerminalText.Cell(e.TitleEn) + "\n" + TerminalText.Cell(e.TitleZh),
                e.DurationSeconds is { } seconds ? "≈" + ChapterTime.Format(seconds) : "",
                e.Segments.ToString(),
                e.Chapters.ToString(),
                e.Warnings.ToString(),
                TerminalText.Cell(e.SourceFile));
        }
        result.Console().Write(table);
        return 0;
    }
}
