using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class ChinesePunctuationTests
{
    [Theory]
    [InlineData("双子座三号,我们", "双子座三号，我们")]
    [InlineData("对吧?", "对吧？")]
    [InlineData("太好了!真的", "太好了！真的")]
    [InlineData("比如:模型;数据", "比如：模型；数据")]
    [InlineData("Kory,感谢你的到来。", "Kory，感谢你的到来。")]
    [InlineData("(我们)", "（我们）")]
    [InlineData("𠀀,and", "𠀀，and")]
    [InlineData("豈?", "豈？")]
    public void HalfWidthMarksBesideChineseAreShownFullWidth(string stored, string shown)
    {
        var displayed = ChinesePunctuation.AsDisplayed(stored);

        Assert.Equal(shown, displayed);
    }

    [Theory]
    [InlineData("Gemini 3, and more")]
    [InlineData("3,000个")]
    [InlineData("在2:30开始")]
    [InlineData("Gemini 3。")]
    [InlineData("")]
    public void MarksInLatinTextAndNumbersStayAsTheyAre(string stored)
    {
        var displayed = ChinesePunctuation.AsDisplayed(stored);

        Assert.Equal(stored, displayed);
    }

    [Fact]
    public void ShowingFullWidthKeepsEveryOffsetOfTheText()
    {
        const string stored = "双子座三号,我们正坐在这里,对吧?(真的)";

        var displayed = ChinesePunctuation.AsDisplayed(stored);

        Assert.Equal(stored.Length, displayed.Length);
        Assert.Equal(stored.Replace(",", "").Replace("?", "").Replace("(", "").Replace(")", ""),
            displayed.Replace("，", "").Replace("？", "").Replace("（", "").Replace("）", ""));
    }
}
