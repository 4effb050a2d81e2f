using System.CommandLine;
using System.CommandLine.Invocation;
using Reader.Cli.Commands;
using Spectre.Console;

namespace Reader.Cli;

/// <summary>The <c>reader</c> command line: <c>parse</c>, <c>import</c>, <c>rebuild</c>, <c>list</c>, <c>speakers</c>, <c>times</c>, <c>media</c>, <c>export</c>, <c>search</c>, <c>lookup</c>, <c>backup</c>, <c>restore</c>.</summary>
public static class ReaderCli
{
    public static RootCommand Create()
    {
        var root = Commands();
        foreach (var command in root.Subcommands)
        {
            if (command.Action is SynchronousCommandLineAction action)
                command.Action = new SaysDatabaseFaults(action);
        }
        return root;
    }

    private static RootCommand Commands() => new("Reader: import and inspect bilingual podcast transcripts.")
    {
        ParseCommand.Create(),
        ImportCommand.Create(),
        RebuildCommand.Create(),
        ListCommand.Create(),
        SpeakersCommand.Create(),
        TimesCommand.Create(),
        MediaCommand.Create(),
        ExportCommand.Create(),
        SearchCommand.Create(),
        LookupCommand.Create(),
        BackupCommand.Create(),
        RestoreCommand.Create(),
    };

    /// <summary>A database that cannot be used is one line on the error output, not an exception's stack.</summary>
    private sealed class SaysDatabaseFaults(SynchronousCommandLineAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            try
            {
                return inner.Invoke(parseResult);
            }
            catch (DatabaseUnusableException e)
            {
                parseResult.Error().WriteLine(e.Message);
                return 1;
            }
        }
    }

    /// <summary>Tables and progress for the invocation's own output, so tests can read what a user sees.</summary>
    internal static IAnsiConsole Console(this ParseResult result)
    {
        var output = result.InvocationConfiguration.Output;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        // Piped output has no terminal width; the default 80 columns would wrap slugs that scripts copy.
        if (output != System.Console.Out || System.Console.IsOutputRedirected)
            console.Profile.Width = 200;
        return console;
    }

    internal static TextWriter Output(this ParseResult result) => result.InvocationConfiguration.Output;

    internal static TextWriter Error(this ParseResult result) => result.InvocationConfiguration.Error;
}
