namespace Reader.Transcripts;

/// <summary>What the inference steps need of a segment: who spoke and what was said, in either language.</summary>
public readonly record struct Utterance(string Speaker, string? Zh, string? En);
