using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Reader.Web.Compression;

/// <summary>
/// A piece of markup that many responses share (an episode's transcript body), held as UTF-8 and as raw
/// deflate blocks compressed once, at the smallest size, ending in a sync flush so that it can stand
/// anywhere inside a deflate stream (see <see cref="SplicedGzip"/>). Made once per markup string, and
/// forgotten with it.
/// </summary>
public sealed class PrecompressedMarkup
{
    private static readonly ConditionalWeakTable<string, Lazy<PrecompressedMarkup>> Cache = new();

    private PrecompressedMarkup(byte[] utf8, byte[] deflated)
    {
        Utf8 = utf8;
        Deflated = deflated;
    }

    public byte[] Utf8 { get; }

    /// <summary>Deflate blocks, none of them final, ending byte-aligned; they refer to nothing before them.</summary>
    public byte[] Deflated { get; }

    public static PrecompressedMarkup For(string markup) =>
        Cache.GetValue(markup, m => new Lazy<PrecompressedMarkup>(() => Compress(m))).Value;

    private static PrecompressedMarkup Compress(string markup)
    {
        var utf8 = Encoding.UTF8.GetBytes(markup);
        using var output = new MemoryStream(utf8.Length / 4);
        SplicedGzip.DeflateFlushed(output, utf8, CompressionLevel.SmallestSize);
        return new PrecompressedMarkup(utf8, output.ToArray());
    }
}
