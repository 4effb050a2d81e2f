using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using Reader.Storage;
using Reader.Storage.Search;
using Reader.Web;
using Reader.Web.Components;
using Reader.Web.Compression;
using Reader.Web.Dictionary;
using Reader.Storage.Library;
using Reader.Web.Episodes;
using Reader.Web.Library;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
// Outside Development the host maps no static web assets from the build's manifest, so `dotnet run` in Production
// answered 500 for blazor.web.js, the scoped CSS and the modules. A build's output has the manifest beside the app
// and gets them mapped; published output has none (its assets are in wwwroot), and this does nothing there.
if (!builder.Environment.IsDevelopment())
    builder.WebHost.UseStaticWebAssets();
builder.AddReverseProxyHeaders();

builder.Services.AddSerilog((services, logger) => logger.FromConfigurationOrConsole(builder.Configuration, services));

var connectionString = builder.Configuration.GetConnectionString(SqliteSetup.ConnectionStringName);
if (string.IsNullOrWhiteSpace(connectionString))
    connectionString = SqliteSetup.DefaultConnectionString();
var database = new DatabaseFile(connectionString);
builder.Services.AddSingleton(database);
builder.Services.AddDbContextFactory<ReaderDbContext>(options => options.UseReaderSqlite(database));
builder.Services.AddSingleton<DatabaseWatch>();
builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseWatch>());
builder.Services.AddSingleton<EpisodeImporter>();
builder.Services.AddSingleton(new EpisodeCache(builder.Configuration.GetValue("Reader:EpisodeCacheMegabytes", EpisodeCache.DefaultMegabytes) * 1024L * 1024));
builder.Services.AddSingleton<EpisodeCatalog>();
builder.Services.AddSingleton<TranscriptSearch>();
builder.Services.AddSingleton<FindInEpisodeSearch>();
builder.Services.AddSingleton<PublicAddress>();
builder.Services.AddSingleton(PlayerEmbed.From(builder.Configuration));
builder.Services.AddSingleton(services => new LibraryFiles(
    LibraryFolders.Seeds(builder.Configuration[LibraryFolders.SeedsSetting]),
    LibraryFolders.Sources(builder.Configuration[LibraryFolders.SourcesSetting], connectionString), services.GetRequiredService<ILogger<LibraryFiles>>()));
builder.Services.AddSingleton<LibraryUpload>();
builder.Services.AddSingleton<LibraryImportStatus>();
builder.Services.AddHostedService<LibraryImport>();
builder.Services.AddSingleton<OwnerAccess>();
builder.Services.AddSingleton<EpisodeDeletion>();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<ImportNotices>();
builder.Services.AddSingleton<DictionaryState>();
builder.Services.AddSingleton<WordLookup>();
builder.Services.AddHostedService<DictionaryStartup>();

// Chinese text is written as itself, not as numeric entities; markup characters are still encoded.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

// Reader pages send their transcript body compressed once per episode (SharedMarkupSplicing); everything
// else, and the pages' own parts for clients that take no gzip, is compressed here per response.
builder.Services.AddResponseCompression(options =>
{
    options.EnableForHttps = true;
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
    options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("text/css");
});
// "Optimal" is Brotli quality 4 and gzip level 6: a few milliseconds for the reader page, a third smaller than "Fastest".
builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);

// A search is in the address (?q=), and a reader may paste a long one: 10,000 Chinese characters are ~90 KB
// percent-encoded, past Kestrel's 8 KB request line. The app cuts the query to 200 characters itself.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 128 * 1024);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();
// A damaged or unopenable database stops the start with one line saying what to do, never a stack.
if (!app.CheckReverseProxySettings() || !app.PrepareDatabase())
    return 1;

app.UseReverseProxyHeaders();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseSecurityHeaders();
app.UseRequestLogging();
app.UseRelativeRedirects();
app.UseHeadAsGet();
app.UseResponseCompression();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseReaderPageRules();
app.UseRouting();
app.UseSharedMarkupSplicing();

app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealth();
app.MapSpeakerStyles();
app.MapExports();
app.MapTiming();
app.MapLookups();
app.MapImport();
app.MapEpisodeFiles();
app.MapOwnerSignIn();
app.MapEpisodeEdit();
app.MapRazorComponents<App>()
    // The app's own policy already forbids framing (SecurityHeaders); Blazor's default would be a second header.
    .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

app.Run();
return 0;

/// <summary>Visible to the browser tests, which start the app in-process.</summary>
public partial class Program;
