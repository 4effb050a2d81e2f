using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage;
using Reader.Transcripts;

namespace Reader.Cli.Commands;

/// <summary><c>backup &lt;file&gt;</c>: a consistent copy of the database, safe to take while the app runs.</summary>
internal static class BackupCommand
{
    public const string SourcesReminder =
        "The database is an index of the library's files: back up data/sources/ (Reader:SourcesFolder) and the seeds folder too, " +
        "from the same time; with them alone, `reader rebuild` makes the database again.";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Where to write the copy; an existing file is kept unless --force." };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var command = new Command("backup", $"""
            Copy the database (by default data/reader.db, or ConnectionStrings:Reader) into one file with SQLite's VACUUM INTO:
            a consistent snapshot, compacted, safe to take while the app or an import runs (they go on writing). The copy is
            written beside the target and moved in when complete, so a failed backup never leaves a half file. Prints the
            copy's size and episode count. Put it back with `reader restore <file>`.
            {SourcesReminder}
            """)
        {
            file,
            force,
        };
        command.SetAction(result => Run(result, result.GetValue(file)!, result.GetValue(force)));
        return command;
    }

    private static int Run(ParseResult result, FileInfo target, bool force)
    {
        using var services = CliServices.Build();
        var database = services.GetRequiredService<DatabaseFile>();
        if (!File.Exists(database.Path))
        {
            result.Error().WriteLine(TerminalText.Escape($"{database.Path}: no database to back up (ConnectionStrings:Reader names another?)"));
            return 1;
        }
        if (target.Exists && !force)
        {
            result.Error().WriteLine(TerminalText.Escape($"{target.FullName} exists: choose another name, or pass --force to replace it"));
            return 1;
        }
        if (Path.GetFullPath(target.FullName) == database.Path)
        {
            result.Error().WriteLine(TerminalText.Escape($"{target.FullName} is the database itself: choose another name"));
            return 1;
        }

        try
        {
            DatabaseBackup.Write(database.Path, target.FullName, overwrite: force);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            result.Error().WriteLine(TerminalText.Escape($"{database.Path} could not be copied: {e.Message}"));
            return 1;
        }
        var episodes = DatabaseBackup.Episodes(target.FullName);
        var megabytes = new FileInfo(target.FullName).Length / (1024.0 * 1024);
        result.Output().WriteLine(TerminalText.Escape($"Backed up {database.Path} to {target.FullName}: {megabytes:0.0} MB, {Counted.Of(episodes, "episode")}."));
        result.Output().WriteLine(SourcesReminder);
        return 0;
    }
}
