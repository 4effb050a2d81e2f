namespace Reader.Transcripts.Formats;

/// <summary>The formats Reader reads, as <see cref="SourceFormats.Detect"/> recognises them from content.</summary>
public enum SourceFormat
{
    /// <summary>The podcast app's bilingual export, read by <see cref="TranscriptParser"/>.</summary>
    BaytExport,
    Srt,
    WebVtt,
    /// <summary>Advanced SubStation Alpha, and SubStation Alpha (v4) before it.</summary>
    Ass,
}
