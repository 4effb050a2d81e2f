using System.Text;

namespace Reader.Dictionary.Segmentation;

/// <summary>Which characters are Chinese ones, by code point (a supplementary character is two UTF-16 units).</summary>
public static class Han
{
    public static bool IsHan(int codePoint) => codePoint is
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or 0x3007 or (>= 0x20000 and <= 0x3FFFF);

    public static bool ContainsHan(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune.Value))
                return true;
        }
        return false;
    }

    /// <summary>The code point at this index and how many units it takes; an unpaired surrogate is one unit, U+FFFD.</summary>
    public static (int CodePoint, int Units) At(string text, int index) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var units) == System.Buffers.OperationStatus.Done
            ? (rune.Value, units)
            : (Rune.ReplacementChar.Value, 1);
}
