using Reader.Dictionary.Cedict;

namespace Reader.Dictionary.Tests.Cedict;

public class CedictParserTests
{
    [Fact]
    public void ALineGivesBothFormsThePinyinAndEverySense()
    {
        var entry = CedictParser.ParseLine("基準 基准 [ji1 zhun3] /standard/norm/benchmark/");

        Assert.NotNull(entry);
        Assert.Equal(("基準", "基准", "ji1 zhun3"), (entry.Traditional, entry.Simplified, entry.Pinyin));
        Assert.Equal(["standard", "norm", "benchmark"], entry.Senses);
    }

    [Theory]
    [InlineData("# CC-CEDICT")]
    [InlineData("")]
    [InlineData("基準")]
    [InlineData("基準 基准 ji1 zhun3 /standard/")]
    [InlineData("基準 基准 [ji1 zhun3] standard")]
    [InlineData("基準 基准 [ji1 zhun3")]
    public void CommentsAndMisshapenLinesAreSkipped(string line) => Assert.Null(CedictParser.ParseLine(line));

    [Fact]
    public void TheTextComesOutOfTheJavaScriptModuleWithItsEscapesUndone()
    {
        var module = "module.exports = `# head\n甲 甲 [jia3] /first \\`A\\` \\\\ \\${x}/\n`;\n";

        var text = CedictParser.FromJavaScriptModule(module);

        Assert.Equal("# head\n甲 甲 [jia3] /first `A` \\ ${x}/\n", text);
        Assert.Equal(["first `A` \\ ${x}"], CedictParser.Parse(text).Single().Senses);
    }

    [Fact]
    public void AModuleWithoutATemplateLiteralIsAFormatError() =>
        Assert.Throws<FormatException>(() => CedictParser.FromJavaScriptModule("module.exports = 'x';"));

    [Fact]
    public void TheInstalledDictionaryParsesWhole()
    {
        var entries = InstalledDictionary.Entries;

        // The file's header says entries=125049.
        Assert.Equal(125049, entries.Count);
        Assert.Contains(entries, e => e is { Simplified: "增长", Pinyin: "zeng1 zhang3" });
    }
}
