using Reader.Dictionary.Pinyin;

namespace Reader.Dictionary.Tests.Pinyin;

public class PinyinMarksTests
{
    [Theory]
    [InlineData("zeng1 zhang3", "zēng zhǎng")]
    [InlineData("chang2 qi1", "cháng qī")]
    [InlineData("diao4 yong4", "diào yòng")]
    [InlineData("qiang2 diao4", "qiáng diào")]
    [InlineData("hang2 ye4", "háng yè")]
    [InlineData("lu:4 se4", "lǜ sè")]
    [InlineData("nu:3 er2", "nǚ ér")]
    [InlineData("lve4", "lüè")]
    [InlineData("Lu:3", "Lǚ")]
    [InlineData("ma5", "ma")]
    [InlineData("de5", "de")]
    [InlineData("gou3", "gǒu")]
    [InlineData("liu2", "liú")]
    [InlineData("gui4", "guì")]
    [InlineData("Zhong1 guo2", "Zhōng guó")]
    [InlineData("er4", "èr")]
    [InlineData("san1 C", "sān C")]
    [InlineData("r5", "r")]
    [InlineData("xx5", "xx")]
    public void NumberedPinyinIsPrintedWithToneMarks(string numbered, string marked) =>
        Assert.Equal(marked, PinyinMarks.ToMarks(numbered));
}
