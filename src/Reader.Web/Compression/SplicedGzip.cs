using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Reader.Web.Compression;

/// <summary>
/// Writes one gzip member whose middle is deflate blocks compressed earlier, so that a response compresses
/// only what is its own. Deflate allows it: each part ends with a sync flush (an empty stored block, byte-aligned),
/// a part made on its own refers to nothing before it, an empty final block closes the stream, and the trailer
/// holds the CRC-32 and length of all the uncompressed bytes (RFC 1951, RFC 1952).
/// </summary>
public static class SplicedGzip
{
    // ID1 ID2, CM = deflate, no flags, no modification time, no extra flags, OS unknown.
    private static readonly byte[] Header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

    // An empty final block with fixed codes: BFINAL 1, BTYPE 01, end-of-block 0000000.
    private static readonly byte[] FinalBlock = [0x03, 0x00];

    public static void Write(MemoryStream output, ReadOnlySpan<byte> prefix, PrecompressedMarkup shared, ReadOnlySpan<byte> suffix, CompressionLevel level)
    {
        output.Write(Header);
        DeflateFlushed(output, prefix, level);
        output.Write(shared.Deflated);
        DeflateFlushed(output, suffix, level);
        output.Write(FinalBlock);

        var crc = new Crc32();
        crc.Append(prefix);
        crc.Append(shared.Utf8);
        crc.Append(suffix);
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc.GetCurrentHashAsUInt32());
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], unchecked((uint)(prefix.Length + shared.Utf8.Length + suffix.Length)));
        output.Write(trailer);
    }

    /// <summary>
    /// Deflates <paramref name="data"/> into <paramref name="output"/> up to a sync flush and no further: what the
    /// stream writes when closed (the final block) is cut off, so more blocks can follow.
    /// </summary>
    public static void DeflateFlushed(MemoryStream output, ReadOnlySpan<byte> data, CompressionLevel level)
    {
        long flushedTo;
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(data);
            deflate.Flush();
            flushedTo = output.Position;
        }
        output.SetLength(flushedTo);
        output.Position = flushedTo;
    }
}
