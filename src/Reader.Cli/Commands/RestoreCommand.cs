using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage;
using Reader.Transcripts;

namespace Reader.Cli.Commands;

/// <summary><c>restore &lt;file&gt;</c>: a backup put back in place of the database, the current one kept aside.</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup written by `reader backup`." };
        var command = new Command("restore", $"""
            Put a backup (from `reader backup`) back as the database. The file is checked first (a SQLite database, whole by
            PRAGMA quick_check, with Reader's migrations table); then the current database, with its -wal and -shm, is moved
            aside as <name>.before-restore-<time>, and the backup copied in and migrated to this version of Reader.
            Stop the app first: a running app notices the new file within seconds and reopens it, but a write it began
            before would go to the file moved aside. At its next start the app brings the restored database in line with
            the library's files: episodes whose files are gone are removed, changed files imported again.
            {BackupCommand.SourcesReminder}
            """)
        {
            file,
        };
        command.SetAction(result => Run(result, result.GetValue(file)!));
        return command;
    }

    private static int Run(ParseResult result, FileInfo backup)
    {
        if (!backup.Exists)
        {
            result.Error().WriteLine(TerminalText.Escape($"{backup.FullName}: no such file"));
            return 1;
        }
        if (DatabaseBackup.Problem(backup.FullName) is { } problem)
        {
            result.Error().WriteLine(TerminalText.Escape($"Nothing was restored: {backup.FullName} {problem}"));
            return 1;
        }

        using var services = CliServices.Build();
        var database = services.GetRequiredService<DatabaseFile>();
        Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
        var aside = DatabaseBackup.Restore(backup.FullName, database.Path, DateTime.Now);
        services.OpenDatabase().Dispose();

        result.Output().WriteLine(TerminalText.Escape(
            $"Restored {backup.FullName} as {database.Path}: {Counted.Of(DatabaseBackup.Episodes(database.Path), "episode")}." +
            (aside is null ? "" : $" The database before is kept as {aside}.")));
        result.Output().WriteLine("If the app was running, restart it.");
        return 0;
    }
}
