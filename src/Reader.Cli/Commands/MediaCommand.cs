using System.CommandLine;
using Reader.Transcripts;
using Reader.Transcripts.Media;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>media &lt;file&gt; &lt;url&gt; [--type T]</c>: gives the episode an audio or video file (a podcast's enclosure) in
/// the transcript's media sidecar, which every later import applies. Only http and https addresses are taken.
/// </summary>
internal static class MediaCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The transcript file whose media to give." };
        var url = new Argument<string>("url") { Description = "The audio or video file's http or https address." };
        var type = new Option<string?>("--type") { Description = "Its media type, e.g. audio/mpeg, when the address does not say." };
        var command = new Command("media", "Give an episode its audio or video file; kept next to the transcript, applied at import.") { file, url, type };
        command.SetAction(result => Run(result, result.GetValue(file)!, result.GetValue(url)!, result.GetValue(type)));
        return command;
    }

    private static int Run(ParseResult result, FileInfo file, string url, string? type)
    {
        if (!file.Exists)
        {
            result.Error().WriteLine($"{TerminalText.Escape(file.Name)}: no such file");
            return 1;
        }

        var sidecar = MediaSidecar.SidecarPathFor(file.FullName);
        try
        {
            var media = MediaSidecar.Check(Path.GetFileName(sidecar), url.Trim(), type?.Trim());
            File.WriteAllText(sidecar, MediaSidecar.Serialize(media) + Environment.NewLine);
            result.Output().WriteLine(TerminalText.Escape($"{Path.GetFileName(sidecar)}: the episode's {media.Kind} is {media.Url}. Import the file to apply it."));
            return 0;
        }
        catch (TranscriptFormatException e)
        {
            result.Error().WriteLine(TerminalText.Escape(e.Message));
            return 1;
        }
    }
}
