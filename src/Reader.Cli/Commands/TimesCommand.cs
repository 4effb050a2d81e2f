using System.CommandLine;
using System.Globalization;
using Reader.Transcripts;
using Reader.Transcripts.Chapters;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>times &lt;file&gt; [&lt;segment&gt; &lt;time&gt;] [--remove &lt;segment&gt;]</c>: pins a segment's start to the media's
/// time in the transcript's timing sidecar, which every later import applies; with only the file, lists the pins.
/// A pin that contradicts a chapter or another pin is refused and nothing is written.
/// </summary>
internal static class TimesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The transcript file whose timing to correct." };
        var segment = new Argument<int?>("segment") { Description = "The segment to pin, 1-based as in #s-N.", Arity = ArgumentArity.ZeroOrOne };
        var time = new Argument<string?>("time") { Description = "When it starts in the media: m:ss, h:mm:ss or seconds (fractions allowed).", Arity = ArgumentArity.ZeroOrOne };
        var remove = new Option<int?>("--remove") { Description = "Remove the pin of this segment." };
        var command = new Command("times", "Pin segments to the media's time; the pins are kept next to the transcript and survive re-imports.")
        {
            file, segment, time, remove,
        };
        command.SetAction(result => Run(result, result.GetValue(file)!, result.GetValue(segment), result.GetValue(time), result.GetValue(remove)));
        return command;
    }

    private static int Run(ParseResult result, FileInfo file, int? segment, string? time, int? remove)
    {
        if (!file.Exists)
        {
            result.Error().WriteLine($"{TerminalText.Escape(file.Name)}: no such file");
            return 1;
        }
        if (segment is not null != time is not null || segment is not null && remove is not null)
        {
            result.Error().WriteLine("Give a segment and its time to pin it, --remove <segment> to remove a pin, or neither to list the pins.");
            return 1;
        }
        if (time is not null && !TryParseTime(time, out _))
        {
            result.Error().WriteLine(TerminalText.Escape($"expected the time as m:ss, h:mm:ss or seconds, found '{time}'"));
            return 1;
        }

        var sidecar = TimingSidecar.SidecarPathFor(file.FullName);
        try
        {
            var pins = TranscriptFile.ReadPins(file).ToList();
            if (segment is null && remove is null)
            {
                List(result, TranscriptFile.Parse(file, pins));
                return 0;
            }

            string change;
            if (remove is { } removed)
            {
                if (pins.RemoveAll(p => p.Segment == removed) == 0)
                {
                    result.Error().WriteLine($"{Path.GetFileName(sidecar)}: segment {removed} has no pin");
                    return 1;
                }
                TranscriptFile.Parse(file, pins);
                change = $"segment {removed} is no longer pinned";
            }
            else
            {
                TryParseTime(time!, out var seconds);
                var pin = new TimingPin(segment!.Value, seconds);
                var others = pins.Where(p => p.Segment != pin.Segment).ToList();
                var transcript = TranscriptFile.Parse(file, others);
                TimingAnchors.Add(TimingAnchors.Of(transcript), pin, transcript.Segments.Count);
                var before = transcript.Segments[pin.Segment - 1].EstimatedStartSeconds;
                pins = [.. others, pin];
                change = $"segment {pin.Segment} starts at {TimingAnchors.FormatTime(seconds)}" + (before is { } b ? $" (estimated ≈{ChapterTime.Format(b)} before)" : "");
            }

            File.WriteAllText(sidecar, TimingSidecar.Serialize(pins));
            result.Output().WriteLine(TerminalText.Escape($"{Path.GetFileName(sidecar)}: {change}. Import the file to apply it."));
            return 0;
        }
        catch (PinRefusedException e)
        {
            result.Error().WriteLine(TerminalText.Escape(e.Message));
            return 1;
        }
        catch (TranscriptFormatException e)
        {
            result.Error().WriteLine(TerminalText.Escape(e.Message));
            return 1;
        }
        catch (IOException e)
        {
            result.Error().WriteLine(TerminalText.Escape($"{file.Name}: {e.Message}"));
            return 1;
        }
    }

    /// <summary>Each pin with the segment's estimate from the chapters alone and with every pin.</summary>
    private static void List(ParseResult result, Transcript pinned)
    {
        if (pinned.Pins.Count == 0)
        {
            result.Output().WriteLine("No pins yet. Pin a segment with: reader times <file> <segment> <m:ss>");
            return;
        }
        var unpinned = SegmentTiming.Starts(SegmentTiming.Speech([.. pinned.Segments.Select(s => new Utterance(s.Speaker, s.Zh, s.En))]), TimingAnchors.Of(pinned.Chapters));
        var table = new Table().AddColumns("Segment", "Pinned at", "Estimated without pins", "Estimated with pins", "Speaker", "Text");
        foreach (var pin in pinned.Pins.OrderBy(p => p.Segment))
        {
            var segment = pinned.Segments[pin.Segment - 1];
            table.AddRow(
                pin.Segment.ToString(CultureInfo.InvariantCulture),
                TimingAnchors.FormatTime(pin.Seconds),
                pinned.Chapters.Count > 0 ? "≈" + ChapterTime.Format((int)Math.Floor(unpinned[pin.Segment - 1])) : "",
                segment.EstimatedStartSeconds is { } s ? ChapterTime.Format(s) : "",
                TerminalText.Cell(segment.Speaker),
                TerminalText.Cell(Shorten(segment.En ?? segment.Zh ?? "")));
        }
        result.Console().Write(table);
    }

    private static bool TryParseTime(string text, out double seconds)
    {
        if (ChapterTime.TryParse(text, out var whole))
        {
            seconds = whole;
            return true;
        }
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds) && double.IsFinite(seconds);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
