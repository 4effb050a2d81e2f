using System.CommandLine;
using Reader.Storage;
using Reader.Transcripts.Exports;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>export &lt;slug&gt; --format vtt|srt|md|json|chapters|txt [--lang zh|en|both] [--hide label]</c>: an imported episode on
/// stdout, in one of the <see cref="ExportFormat"/>s, named by its name or its extension (<c>chapters.json</c>).
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "The episode, as `reader list` shows it." };
        var format = new Option<string>("--format", "-f") { Description = "vtt, srt, md, json, chapters or txt.", Required = true };
        format.AcceptOnlyFromAmong([.. ExportFormat.All.Select(f => f.Name).Union(ExportFormat.All.Select(f => f.Extension))]);
        var lang = new Option<string>("--lang") { Description = "zh, en or both (the default).", DefaultValueFactory = _ => "both" };
        lang.AcceptOnlyFromAmong("zh", "en", "both");
        var hide = new Option<string[]>("--hide") { Description = "A speaker label to leave out, e.g. \"Speaker 1\"; repeatable.", AllowMultipleArgumentsPerToken = false };

        var command = new Command("export", "Write an imported episode as Markdown, subtitles, Podcasting 2.0 JSON or plain text.") { slug, format, lang, hide };
        command.SetAction(result => Run(result, result.GetValue(slug)!, result.GetValue(format)!, result.GetValue(lang)!, result.GetValue(hide) ?? []));
        return command;
    }

    private static int Run(ParseResult result, string slug, string format, string lang, string[] hide)
    {
        using var services = CliServices.Build();
        using var db = services.OpenDatabase();
        var transcript = db.LoadTranscriptAsync(slug).GetAwaiter().GetResult();
        if (transcript is null)
        {
            result.Error().WriteLine($"{TerminalText.Escape(slug)}: no such episode; `reader list` shows the imported ones");
            return 1;
        }

        result.Output().Write(ExportFormat.Find(format)!.Write(transcript, ExportOptions.From(lang, string.Join(',', hide))));
        return 0;
    }
}
