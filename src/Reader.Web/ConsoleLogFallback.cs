using Serilog;
using Serilog.Events;

namespace Reader.Web;

/// <summary>
/// The log as <c>appsettings.json</c> configures it, and the console when the configuration names no sink: the
/// app started from another folder has no content root with its settings, and Serilog configured by them alone
/// wrote nothing at all, not even why it failed to start.
/// </summary>
internal static class ConsoleLogFallback
{
    /// <summary>The console's line, as <c>appsettings.json</c> writes it.</summary>
    public const string OutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static LoggerConfiguration FromConfigurationOrConsole(this LoggerConfiguration logger, IConfiguration configuration, IServiceProvider services)
    {
        logger.ReadFrom.Configuration(configuration).ReadFrom.Services(services);
        var serilog = configuration.GetSection("Serilog");
        if (serilog.GetSection("WriteTo").GetChildren().Any())
            return logger;
        // Without settings, also the levels appsettings.json gives: the framework's Information is noise.
        if (!serilog.GetSection("MinimumLevel").Exists())
        {
            logger.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning);
        }
        return logger.WriteTo.Console(outputTemplate: OutputTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
