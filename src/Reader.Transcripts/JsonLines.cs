namespace Reader.Transcripts;

/// <summary>
/// The 1-based line of a byte offset in a JSON sidecar, for offsets asked in increasing order (as a reader
/// meets its tokens): each byte is counted once, so naming every pin's line costs one pass over the file.
/// </summary>
internal sealed class JsonLines(byte[] bytes)
{
    private int offset;
    private int line = 1;

    public int At(long at)
    {
        if (at < offset)
            (offset, line) = (0, 1);
        for (; offset < at && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == '\n' || bytes[offset] == '\r' && (offset + 1 >= bytes.Length || bytes[offset + 1] != '\n'))
                line++;
        }
        return line;
    }
}
