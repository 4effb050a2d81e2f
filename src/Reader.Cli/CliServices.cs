using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reader.Storage;
using Reader.Storage.Library;
using Serilog;

namespace Reader.Cli;

/// <summary>
/// The CLI's configuration, logging, database and library files, set up the way the web app sets up its own:
/// the same <c>Reader:SeedsFolder</c> and <c>Reader:SourcesFolder</c> settings (environment variables
/// <c>Reader__SeedsFolder</c>, <c>Reader__SourcesFolder</c>), so both see one library.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger();

        var connectionString = configuration.GetConnectionString(SqliteSetup.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = SqliteSetup.DefaultConnectionString();

        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(new DatabaseFile(connectionString))
            .AddLogging(logging => logging.AddSerilog(dispose: true))
            .AddDbContextFactory<ReaderDbContext>(options => options.UseReaderSqlite(connectionString))
            .AddSingleton<EpisodeImporter>()
            .AddSingleton(services => new LibraryFiles(
                LibraryFolders.Seeds(configuration[LibraryFolders.SeedsSetting]),
                LibraryFolders.Sources(configuration[LibraryFolders.SourcesSetting], connectionString),
                services.GetRequiredService<ILogger<LibraryFiles>>()))
            .AddSingleton<LibraryUpload>()
            .BuildServiceProvider();
    }

    /// <summary>A context on a migrated database, for commands that read or write it.</summary>
    public static ReaderDbContext OpenDatabase(this IServiceProvider services)
    {
        var database = services.GetRequiredService<DatabaseFile>();
        if (database.Check(TimeSpan.FromSeconds(10), services.GetRequiredService<ILoggerFactory>().CreateLogger("Reader.Cli")) is DatabaseCondition.Damaged or DatabaseCondition.CannotOpen)
            throw new DatabaseUnusableException(database.Line);
        var db = services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContext();
        SqliteSetup.MigrateAndReindex(db, services.GetRequiredService<ILoggerFactory>().CreateLogger("Reader.Cli"));
        return db;
    }
}

/// <summary>The database cannot be used (damaged, not a database, cannot be opened): said in one line, exit code 1.</summary>
internal sealed class DatabaseUnusableException(string line) : Exception(line);
