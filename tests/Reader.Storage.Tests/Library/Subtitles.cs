using System.Globalization;
using System.Text;

namespace Reader.Storage.Tests.Library;

/// <summary>
/// Small subtitle files as an upload brings them: bilingual SRT, a single-language pair, and a WAV to listen to.
/// Shared with the web tests (linked into Reader.Web.Tests), so both read the same fixtures.
/// </summary>
public static class Subtitles
{
    /// <summary>The cues every fixture here is made of: start, end, Chinese, English.</summary>
    public static readonly IReadOnlyList<(double Start, double End, string Zh, string En)> Cues =
    [
        (1.5, 3.25, "大家好，欢迎收听。", "Hello and welcome."),
        (4.0, 6.5, "今天我们聊聊学习中文。", "Today we talk about learning Chinese."),
        (7.125, 9.0, "谢谢收听。", "Thanks for listening."),
    ];

    /// <summary>One SRT with a Chinese and an English line in each cue.</summary>
    public static string Bilingual(IReadOnlyList<(double Start, double End, string Zh, string En)>? cues = null) =>
        Srt((cues ?? Cues).Select(c => (c.Start, c.End, $"{c.Zh}\n{c.En}")));

    /// <summary>The Chinese side of <see cref="Cues"/> alone.</summary>
    public static string Chinese => Srt(Cues.Select(c => (c.Start, c.End, c.Zh)));

    /// <summary>The English side of <see cref="Cues"/> alone.</summary>
    public static string English => Srt(Cues.Select(c => (c.Start, c.End, c.En)));

    public static string Srt(IEnumerable<(double Start, double End, string Text)> cues) =>
        string.Concat(cues.Select((c, i) => $"{i + 1}\n{Time(c.Start)} --> {Time(c.End)}\n{c.Text}\n\n"));

    /// <summary>A mono 8 kHz 16-bit WAV of silence: a RIFF header and <paramref name="samples"/> zero samples.</summary>
    public static byte[] Wav(int samples = 800)
    {
        using var stream = new MemoryStream();
        using (var wav = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
        {
            wav.Write("RIFF"u8);
            wav.Write(36 + samples * 2);
            wav.Write("WAVEfmt "u8);
            wav.Write(16);
            wav.Write((short)1);
            wav.Write((short)1);
            wav.Write(8000);
            wav.Write(16000);
            wav.Write((short)2);
            wav.Write((short)16);
            wav.Write("data"u8);
            wav.Write(samples * 2);
            wav.Write(new byte[samples * 2]);
        }
        return stream.ToArray();
    }

    private static string Time(double seconds) =>
        TimeSpan.FromSeconds(seconds).ToString(@"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture);
}
