using Reader.Dictionary.Segmentation;
using static Reader.Dictionary.Counterparts.Counterparts;

namespace Reader.Dictionary.Tests.Counterparts;

public class CounterpartsTests
{
    private static IEnumerable<string> Texts(string text, IEnumerable<WordSpan> spans) => spans.Select(s => text.Substring(s.Start, s.Length));

    [Theory]
    [InlineData("基准", "I mean, we did the benchmarks first, and then kept running experiments.", "benchmarks")]
    [InlineData("模型", "This model is really good.", "model")]
    [InlineData("模型", "Gemini models are a family of models.", "models,models")]
    [InlineData("增长", "Usage keeps growing, it grows every week.", "growing,grows")]
    public void AChineseWordFindsTheEnglishWordsOfItsSenses(string word, string english, string expected)
    {
        var stems = SenseStems(InstalledDictionary.SensesOf(word));

        Assert.Equal(expected.Split(','), Texts(english, InEnglish(stems, english)));
    }

    [Fact]
    public void WordsWithoutMeaningAndTheDictionarysNotesMatchNothing()
    {
        var stems = SenseStems(["to be; the; of", "CL:個|个[ge4]", "variant of 準|准[zhun3]", "sth"]);

        Assert.Empty(InEnglish(stems, "the ge4 is of sth variant"));
    }

    [Fact]
    public void AnEnglishWordFindsTheChineseWordsWhoseSensesHoldIt()
    {
        const string chinese = "我们首先进行了基准测试";
        var lexicon = InstalledDictionary.Lexicon;
        var words = lexicon.Segmenter.Segment(chinese)
            .Select(w => (w, (IReadOnlySet<string>)SenseStems(InstalledDictionary.SensesOf(chinese.Substring(w.Start, w.Length)))));

        var found = InChinese(Reader.Dictionary.English.EnglishWords.Stem("benchmarks"), chinese, words);

        Assert.Equal(["基准"], Texts(chinese, found));
    }

    [Fact]
    public void AWordOfLettersIsItsOwnCounterpart() =>
        Assert.Equal(["Gemini", "gemini"], Texts("Gemini three and gemini", SameWordIn("Gemini", "Gemini three and gemini")));
}
