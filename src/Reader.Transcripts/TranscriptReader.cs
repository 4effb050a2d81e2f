using Reader.Transcripts.Chapters;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts;

/// <summary>A source file as read: its name (for messages) and its bytes.</summary>
public sealed record SourceFile(string Name, byte[] Content);

/// <summary>The one way into a transcript from source files, whatever their format.</summary>
public static class TranscriptReader
{
    public static Transcript Read(IReadOnlyList<SourceFile> files, string? chapterList = null,
        IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides = null, (string File, IReadOnlyList<TimingPin> Pins)? pins = null)
    {
        if (files.Count != 1)
            throw new TranscriptFormatException(files[0].Name, 1, "expected one transcript file");
        return TranscriptParser.Parse(files[0].Name, files[0].Content, speakerOverrides, pins);
    }
}
