using System.CommandLine;
using Reader.Cli.Commands;
using Spectre.Console;

namespace Reader.Cli;

/// <summary>The <c>reader</c> command line: <c>parse</c>, <c>import</c>, <c>rebuild</c>, <c>list</c>, <c>speakers</c>, <c>times</c>, <c>media</c>, <c>export</c>, <c>search</c>, <c>lookup</c>.</summary>
public static class ReaderCli
{
    public static RootCommand Create() => new("Reader: import and inspect bilingual podcast transcripts.")
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
    };

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
