using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Reader.Web.Tests;

public sealed class ConsoleLogFallbackTests
{
    [Fact]
    public void WithoutSettingsTheLogGoesToTheConsole()
    {
        var configuration = new ConfigurationBuilder().Build();
        var line = $"started from another folder {Guid.NewGuid()}";

        var written = Console(() =>
        {
            using var logger = new LoggerConfiguration().FromConfigurationOrConsole(configuration, new ServiceCollection().BuildServiceProvider()).CreateLogger();
            logger.ForContext("SourceContext", "Reader").Information("{Line}", line);
            logger.ForContext("SourceContext", "Microsoft.AspNetCore.Routing").Information("{Line}", line + " framework");
        });

        Assert.Contains($"INF] Reader: {line}", written);
        Assert.DoesNotContain(line + " framework", written);
    }

    [Fact]
    public void TheSettingsSinksAreKeptWithoutAConsoleOfItsOwn()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Name"] = "Debug",
        }).Build();
        var line = $"configured {Guid.NewGuid()}";

        var written = Console(() =>
        {
            using var logger = new LoggerConfiguration().FromConfigurationOrConsole(configuration, new ServiceCollection().BuildServiceProvider()).CreateLogger();
            logger.Information("{Line}", line);
        });

        Assert.DoesNotContain(line, written);
    }

    // What the action writes to the console (other tests' lines may come too; the checks look for their own).
    private static string Console(Action write)
    {
        var original = System.Console.Out;
        var captured = new StringWriter();
        System.Console.SetOut(TextWriter.Synchronized(captured));
        try
        {
            write();
        }
        finally
        {
            System.Console.SetOut(original);
        }
        return captured.ToString();
    }
}
