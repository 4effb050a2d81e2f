namespace Reader.Transcripts.Tests;

public sealed class ChineseCharactersTests
{
    [Theory]
    [InlineData(0x4E00, true)] // 一, the first unified ideograph
    [InlineData(0x9FFF, true)]
    [InlineData(0x3400, true)] // Extension A
    [InlineData(0x4DBF, true)]
    [InlineData(0x4DC0, false)] // ䷀, a Yijing hexagram symbol between Extension A and the unified block
    [InlineData(0xF900, true)] // 豈, a compatibility ideograph
    [InlineData(0xFA0E, true)] // 﨎, a unified ideograph in the compatibility block
    [InlineData(0x20000, true)] // 𠀀, Extension B, beyond the basic plane
    [InlineData(0x2F800, true)] // 丽, the compatibility supplement
    [InlineData(0x30000, true)] // 𰀀, Extension G in plane 3
    [InlineData(0x40000, false)]
    [InlineData(0x3042, false)] // あ, kana
    [InlineData(0xAC00, false)] // 가, Hangul
    [InlineData(0xFF0C, false)] // ，a full-width comma
    [InlineData('a', false)]
    public void HanCharactersAreTheIdeographsOfEveryPlane(int codePoint, bool han)
    {
        Assert.Equal(han, ChineseCharacters.IsHan(codePoint));
    }

    [Theory]
    [InlineData("你好", true)]
    [InlineData("Gemini 3。", false)]
    [InlineData("Hello, world.", false)]
    [InlineData("㐀", true)]
    [InlineData("豈", true)]
    [InlineData("𠀀", true)]
    [InlineData("\U0002F800", true)]
    [InlineData("カタカナ", false)]
    [InlineData("한국어", false)]
    [InlineData("\uD840", false)] // half of 𠀀's pair on its own
    [InlineData("", false)]
    public void ATextContainsHanWhenAnyOfItsCharactersIs(string text, bool han)
    {
        Assert.Equal(han, ChineseCharacters.ContainsHan(text));
    }

    [Theory]
    [InlineData("a𠀀b", 1, true)]
    [InlineData("a𠀀b", 2, false)] // the second half of the pair starts no character
    [InlineData("a字b", 1, true)]
    [InlineData("a字b", 0, false)]
    [InlineData("a字b", 3, false)]
    public void TheCharacterAtAnOffsetIsHanWhenItStartsThere(string text, int index, bool han)
    {
        Assert.Equal(han, ChineseCharacters.IsHanAt(text, index));
    }

    [Theory]
    [InlineData("a𠀀,", 3, true)]
    [InlineData("a𠀀,", 2, false)] // the first half of the pair ends no character
    [InlineData("字,", 1, true)]
    [InlineData("字,", 0, false)]
    [InlineData("a,", 1, false)]
    public void TheCharacterBeforeAnOffsetIsHanWhenItEndsThere(string text, int index, bool han)
    {
        Assert.Equal(han, ChineseCharacters.IsHanBefore(text, index));
    }
}
