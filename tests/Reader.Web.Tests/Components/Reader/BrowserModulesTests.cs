using System.Text.RegularExpressions;
using Reader.Web.Components.Reader;

namespace Reader.Web.Tests.Components.Reader;

/// <summary>The bUnit tests fake the browser modules by these names; this keeps the names true to the JavaScript.</summary>
public sealed class BrowserModulesTests
{
    public static TheoryData<string, string> Calls()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, functions) in BrowserModules.Calls)
        {
            foreach (var function in functions)
                data.Add(path, function);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void EveryFunctionAComponentCallsIsExportedByItsModule(string path, string function)
    {
        var source = File.ReadAllText(SourceOf(path));

        var exported = Regex.IsMatch(source, $@"^export (async )?function {Regex.Escape(function)}\(", RegexOptions.Multiline);

        Assert.True(exported, $"{path} does not export {function}");
    }

    [Fact]
    public void NoReaderModulePublishesOnWindow()
    {
        var modules = Directory.GetFiles(Path.Combine(Root(), "src", "Reader.Web"), "*.js", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

        var publishing = modules.Where(f => Regex.IsMatch(File.ReadAllText(f), @"window\.\w+\s*="));

        Assert.Empty(publishing);
    }

    private static string SourceOf(string modulePath) => Path.Combine(Root(), "src", "Reader.Web", modulePath.TrimStart('.', '/'));

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reader.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
