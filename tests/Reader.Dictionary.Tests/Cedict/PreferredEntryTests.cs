using Reader.Dictionary.Cedict;

namespace Reader.Dictionary.Tests.Cedict;

public class PreferredEntryTests
{
    [Theory]
    [InlineData("正", "zhèng")]
    [InlineData("号", "hào")]
    [InlineData("的", "de")]
    [InlineData("长期", "cháng qī")]
    [InlineData("行业", "háng yè")]
    public void AHeadwordReadsByItsMostUsefulEntry(string word, string pinyin) =>
        Assert.Equal(pinyin, InstalledDictionary.Lexicon.PinyinOf(word));

    [Fact]
    public void AWordComesBeforeAName()
    {
        CedictEntry[] entries = [new("張", "张", "Zhang1", ["surname Zhang"]), new("張", "张", "zhang1", ["to open up", "to spread", "sheet of paper"])];

        Assert.Equal(1, PreferredEntry.IndexOf(entries));
    }

    [Fact]
    public void AMeaningComesBeforeACrossReference()
    {
        CedictEntry[] entries = [new("X", "x", "a1", ["variant of 甲[jia3]", "old variant of 乙"]), new("X", "x", "a2", ["first"])];

        Assert.Equal(1, PreferredEntry.IndexOf(entries));
    }
}
