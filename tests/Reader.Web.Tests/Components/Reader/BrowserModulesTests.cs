using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.JSInterop;
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

    [Theory]
    [MemberData(nameof(Modules))]
    public void AModuleCallsBackOnlyTheListedComponentMethods(string path)
    {
        var source = File.ReadAllText(SourceOf(path));

        var called = Regex.Matches(source, @"invokeMethod(?:Async)?\(\s*[""'](\w+)[""']").Select(m => m.Groups[1].Value).Distinct().Order();

        Assert.Equal(BrowserModules.Callbacks[path].Order(), called);
    }

    [Fact]
    public void EveryCallbackIsAMethodTheBrowserMayInvoke()
    {
        var invokable = typeof(BrowserModules).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<JSInvokableAttribute>() is not null)
            .Select(m => m.GetCustomAttribute<JSInvokableAttribute>()!.Identifier ?? m.Name)
            .ToHashSet();

        Assert.All(BrowserModules.Callbacks.Values.SelectMany(names => names), name => Assert.Contains(name, invokable));
    }

    [Fact]
    public void EveryNameInTheListIsListedWithItsModule()
    {
        foreach (var module in typeof(BrowserModules).GetNestedTypes())
        {
            var names = module.GetFields().Where(f => f.IsLiteral).ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
            var path = names["Path"];
            var listed = BrowserModules.Calls[path].Concat(BrowserModules.Callbacks[path]);

            Assert.Equal(names.Where(n => n.Key != "Path").Select(n => n.Value).Order(), listed.Order());
        }
    }

    [Fact]
    public void ComponentsReachTheBrowserOnlyByTheListedNames()
    {
        var literal = new Regex(@"Invoke(?:Void)?Async(?:<[^>]*>)?\(\s*""(?!import"")|""import"",\s*""");

        var offending = ComponentSources().Where(f => literal.IsMatch(File.ReadAllText(f))).Select(Path.GetFileName);

        Assert.Empty(offending);
    }

    [Fact]
    public void TheBunitTestsFakeTheBrowserOnlyByTheListedNames()
    {
        var literal = new Regex(@"\.(?:SetupModule|SetupVoid|Setup<[^>]*>|VerifyInvoke|VerifyNotInvoke)\(\s*""");
        var tests = Directory.GetFiles(Path.Combine(Root(), "tests", "Reader.Web.Tests"), "*.cs", SearchOption.AllDirectories).Where(NotBuilt);

        var offending = tests.Where(f => literal.IsMatch(File.ReadAllText(f))).Select(Path.GetFileName);

        Assert.Empty(offending);
    }

    [Fact]
    public void NoReaderModulePublishesOnWindow()
    {
        var modules = Directory.GetFiles(Path.Combine(Root(), "src", "Reader.Web"), "*.js", SearchOption.AllDirectories).Where(NotBuilt);

        var publishing = modules.Where(f => Regex.IsMatch(File.ReadAllText(f), @"window\.\w+\s*="));

        Assert.Empty(publishing);
    }

    public static TheoryData<string> Modules() => new(BrowserModules.Calls.Keys);

    private static IEnumerable<string> ComponentSources() =>
        Directory.GetFiles(Path.Combine(Root(), "src", "Reader.Web", "Components"), "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root(), "src", "Reader.Web", "Components"), "*.cs", SearchOption.AllDirectories))
            .Where(NotBuilt);

    private static bool NotBuilt(string file) =>
        !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}");

    private static string SourceOf(string modulePath) => Path.Combine(Root(), "src", "Reader.Web", modulePath.TrimStart('.', '/'));

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reader.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Reader.sln not found above " + AppContext.BaseDirectory);
    }
}
