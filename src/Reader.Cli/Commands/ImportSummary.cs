using Reader.Storage;
using Reader.Storage.Library;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary>What <c>import</c> and <c>rebuild</c> print: a row per episode, and a problem as <c>file:line: what was expected</c>.</summary>
internal static class ImportSummary
{
    /// <param name="replaced">What a replaced episode's outcome is called (<c>rebuild</c> replaces every episode).</param>
    public static Table Table(IEnumerable<ImportResult> results, string replaced = "replaced")
    {
        var table = new Table().AddColumns("File", "Outcome", "Episode", "Segments", "Chapters", "Timed", "Warnings");
        foreach (var r in results)
        {
            var read = r.Outcome is not ImportOutcome.Failed;
            table.AddRow(
                TerminalText.Cell(r.File),
                r.Outcome switch { ImportOutcome.Failed => "[red]failed[/]", ImportOutcome.Replaced => replaced, _ => r.Outcome.ToString().ToLowerInvariant() },
                TerminalText.Cell(r.Slug),
                read ? r.Segments.ToString() : "",
                read ? r.Chapters.ToString() : "",
                read ? (r.Timed ? "yes" : "no") : "",
                read ? r.Warnings.ToString() : "");
        }
        return table;
    }

    /// <summary>The file as its sender named it and the line, left out when the problem is the file's as a whole (line 0).</summary>
    public static string Line(UploadProblem problem) => TerminalText.Escape(problem switch
    {
        { File: "" } => problem.Message,
        { Line: 0 } => $"{problem.File}: {problem.Message}",
        _ => $"{problem.File}:{problem.Line}: {problem.Message}",
    });
}
