using Reader.Dictionary.Segmentation;

namespace Reader.Dictionary.Tests.Segmentation;

public class WordSegmenterTests
{
    private static string Words(string text, WordSegmenter segmenter) =>
        string.Join("/", segmenter.Segment(text).Select(w => text.Substring(w.Start, w.Length)));

    // Sentences of the seed episode, with the polyphones that a character-by-character reading gets wrong.
    [Theory]
    [InlineData("我们长期拥有强大的图像视频音频模型", "长期", "cháng qī")]
    [InlineData("这是最令人兴奋的增长领域之一", "增长", "zēng zhǎng")]
    [InlineData("函数调用、工具调用、智能体行为和代码这些都非常重要。", "调用", "diào yòng")]
    [InlineData("Gemini系列模型我们一直强调每个版本都是模型家族,对吧?", "强调", "qiáng diào")]
    [InlineData("我们离行业最前沿水平还差得很远。", "行业", "háng yè")]
    public void PolyphonesOfTheSeedAreWholeWordsReadRight(string sentence, string word, string pinyin)
    {
        var lexicon = InstalledDictionary.Lexicon;

        var words = lexicon.Segmenter.Segment(sentence).Select(w => sentence.Substring(w.Start, w.Length)).ToList();

        Assert.Contains(word, words);
        Assert.Equal(pinyin, lexicon.PinyinOf(word));
    }

    [Theory]
    [InlineData("双子座三号,我们正坐在这里。", "双子座/三/号/我们/正/坐/在/这里")]
    [InlineData("以及基准测试在推动新领域中的作用", "以及/基准/测试/在/推动/新/领域/中/的/作用")]
    [InlineData("Gemini 3与人工智能", "Gemini/3/与/人工智能")]
    public void SeedSentencesSplitIntoDictionaryWords(string sentence, string words) =>
        Assert.Equal(words, Words(sentence, InstalledDictionary.Lexicon.Segmenter));

    [Fact]
    public void TheMoreProbableSplitWinsOverTheLongestMatch()
    {
        var segmenter = new WordSegmenter(new Dictionary<string, long> { ["中的"] = 23, ["中"] = 223640, ["的"] = 4650143, ["领域"] = 1198 });

        Assert.Equal("领域/中/的", Words("领域中的", segmenter));
    }

    [Fact]
    public void AWordOfLettersIsOneWordUnlessAHeadwordSpansIt()
    {
        var segmenter = new WordSegmenter(["T恤", "衬衫"]);

        Assert.Equal("T恤/衬衫/Gemini3/好", Words("T恤衬衫 Gemini3,好", segmenter));
    }

    [Fact]
    public void AnOffsetOnPunctuationMeansTheWordEndingThereElseNone()
    {
        var segmenter = new WordSegmenter(["我们"]);
        const string text = "我们, 好";

        Assert.Equal(new WordSpan(0, 2), segmenter.WordAt(text, 1));
        Assert.Equal(new WordSpan(0, 2), segmenter.WordAt(text, 2));
        Assert.Null(segmenter.WordAt(text, 3));
        Assert.Equal(new WordSpan(4, 1), segmenter.WordAt(text, 4));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\u0000\u0001\u001f\u007f")]
    [InlineData("好\uD800坏\uDC00")]
    [InlineData("𠀀𠀁我们")]
    public void HostileTextSplitsWithoutCuttingACharacter(string text)
    {
        var words = InstalledDictionary.Lexicon.Segmenter.Segment(text);

        Assert.All(words, w => Assert.False(char.IsLowSurrogate(text[w.Start]) || char.IsHighSurrogate(text[w.End - 1])));
        Assert.All(words, w => Assert.InRange(w.End, 1, text.Length));
    }

    [Fact]
    public void TenThousandCharactersSplitWhole()
    {
        var text = string.Concat(Enumerable.Repeat("我们长期", 2500));

        var words = InstalledDictionary.Lexicon.Segmenter.Segment(text);

        Assert.Equal(5000, words.Count);
        Assert.Equal(text.Length, words.Sum(w => w.Length));
    }

    [Fact]
    public void AWordTheDictionaryLacksIsReadCharacterByCharacter()
    {
        var lexicon = InstalledDictionary.Lexicon;

        Assert.Equal("wǒ men hǎo", lexicon.PinyinOf("我们好"));
        Assert.Null(lexicon.PinyinOf("Gemini"));
    }
}
