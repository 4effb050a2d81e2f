using System.Buffers;
using System.Text;

namespace Reader.Transcripts;

/// <summary>
/// What counts as a Chinese (Han) character, the one answer for the parser (which of a lone line is the Chinese
/// one), chapter placement (a title's Han terms), search (one token per Han character) and the reader (full-width
/// punctuation beside Chinese). Kana and Hangul are not Han.
/// </summary>
public static class ChineseCharacters
{
    /// <summary>
    /// The unified ideographs with Extension A, the compatibility ideographs (a dozen of which are unified ones,
    /// the rest fold to them), and planes 2 and 3: Extensions B to H and the compatibility supplement.
    /// </summary>
    public static bool IsHan(int codePoint) => codePoint is
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    public static bool IsHan(Rune rune) => IsHan(rune.Value);

    /// <summary>Whether any character of the text is Han, those beyond the basic plane included.</summary>
    public static bool ContainsHan(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune))
                return true;
        }
        return false;
    }

    /// <summary>Whether the character that starts at <paramref name="index"/> (one or two UTF-16 units) is Han.</summary>
    public static bool IsHanAt(string text, int index) =>
        index >= 0 && index < text.Length && Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == OperationStatus.Done && IsHan(rune);

    /// <summary>Whether the character that ends just before <paramref name="index"/> (one or two UTF-16 units) is Han.</summary>
    public static bool IsHanBefore(string text, int index) =>
        index > 0 && index <= text.Length && Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out var rune, out _) == OperationStatus.Done && IsHan(rune);
}
