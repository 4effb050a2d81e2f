using Reader.Storage;
using Reader.Web;
using Reader.Web.Components;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));

var connectionString = builder.Configuration.GetConnectionString(SqliteSetup.ConnectionStringName);
if (string.IsNullOrWhiteSpace(connectionString))
    connectionString = SqliteSetup.DefaultConnectionString();
builder.Services.AddDbContextFactory<ReaderDbContext>(options => options.UseReaderSqlite(connectionString));
builder.Services.AddSingleton<EpisodeImporter>();

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();
app.MigrateAndImportSeeds();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseSerilogRequestLogging();

app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

/// <summary>Visible to the browser tests, which start the app in-process.</summary>
public partial class Program;
