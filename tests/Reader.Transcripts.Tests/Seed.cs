namespace Reader.Transcripts.Tests;

/// <summary>
/// The real export in seeds/ (copied next to the tests): "Koray Kavukcuoglu: This Is How We Are Going to Build AGI",
/// 3684 lines, 611 segments, 17 chapters, 2 speakers. Parsed once; a <see cref="Transcript"/> is immutable.
/// </summary>
internal static class Seed
{
    public const string File = "release-notes-koray-kavukcuoglu-build-agi.txt";

    private static readonly Lazy<byte[]> bytes = new(() => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", File)));
    private static readonly Lazy<Transcript> transcript = new(() => TranscriptParser.Parse(File, Bytes));

    public static byte[] Bytes => bytes.Value;

    public static string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    public static Transcript Transcript => transcript.Value;

    /// <summary>The segment with a 1-based index, as the transcript and the tests count them.</summary>
    public static Segment SegmentAt(int index) => Transcript.Segments[index - 1];

    public static IReadOnlyList<Utterance> Utterances =>
        [.. Transcript.Segments.Select(s => new Utterance(s.Speaker, s.Zh, s.En))];
}
