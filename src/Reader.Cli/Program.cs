using System.CommandLine;
using Reader.Cli.Commands;

var root = new RootCommand("Reader: import and inspect bilingual podcast transcripts.")
{
    ParseCommand.Create(),
    ImportCommand.Create(),
    ListCommand.Create(),
    SpeakersCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
