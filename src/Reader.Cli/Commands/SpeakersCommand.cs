using System.CommandLine;
using Reader.Transcripts;
using Reader.Transcripts.Speakers;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>speakers &lt;file&gt; &lt;label&gt; [--name N] [--role R]</c>: corrects a speaker in the transcript's sidecar
/// file, which every later import applies.
/// </summary>
internal static class SpeakersCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The transcript file whose speaker to correct." };
        var label = new Argument<string>("label") { Description = "The speaker's label, e.g. \"Speaker 1\"." };
        var name = new Option<string?>("--name") { Description = "The name to show." };
        var role = new Option<SpeakerRole?>("--role") { Description = "host, guest or unknown." };
        var command = new Command("speakers", "Name a speaker by hand; the correction is kept next to the transcript and survives re-imports.")
        {
            file, label, name, role,
        };
        command.SetAction(result => Run(result, result.GetValue(file)!, result.GetValue(label)!, result.GetValue(name), result.GetValue(role)));
        return command;
    }

    private static int Run(ParseResult result, FileInfo file, string label, string? name, SpeakerRole? role)
    {
        if (!file.Exists)
        {
            result.Error().WriteLine($"{TerminalText.Escape(file.Name)}: no such file");
            return 1;
        }

        var sidecar = SpeakerOverrides.SidecarPathFor(file.FullName);
        try
        {
            var overrides = File.Exists(sidecar)
                ? SpeakerOverrides.Parse(Path.GetFileName(sidecar), SpeakerOverrides.Read(sidecar)).ToDictionary()
                : [];
            overrides.TryGetValue(label, out var current);
            overrides[label] = new SpeakerOverride(name ?? current?.Name, role ?? current?.Role);
            File.WriteAllText(sidecar, SpeakerOverrides.Serialize(overrides) + Environment.NewLine);
            result.Output().WriteLine(TerminalText.Escape($"{Path.GetFileName(sidecar)}: {label} is now {overrides[label].Name ?? "(inferred name)"} ({overrides[label].Role?.Name() ?? "inferred role"}). Import the file to apply it."));
            return 0;
        }
        catch (TranscriptFormatException e)
        {
            result.Error().WriteLine(TerminalText.Escape(e.Message));
            return 1;
        }
    }
}
