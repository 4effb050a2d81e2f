using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage;
using Reader.Web.Library;

namespace Reader.Web.Tests.Http;

/// <remarks>
/// Each test has its own host, since each breaks its database. As root (CI) no file can be made read-only
/// for this process, so the read-only test gives the app SQLite's own "readonly" error, as a start or a write
/// on a read-only file meets it, and proves what the app does with it: it serves, says so, refuses writes.
/// That the error is met for a 0444 file or 0555 folder is proven by DatabaseFileTests as another user and by
/// tests/faults/database-faults.sh, which runs the app as nobody.
/// </remarks>
public sealed class DatabaseFaultTests : IAsyncLifetime
{
    internal const string OwnerKey = "the-owner-key-of-these-tests";
    private static readonly (string, string) Owner = ("Authorization", $"Bearer {OwnerKey}");
    private static readonly (string, string) Json = ("Accept", "application/json");

    private readonly OwnedHost host = new();

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AReadOnlyDatabaseIsServedAndEveryWriteIsRefusedInWords()
    {
        var database = host.Services.GetRequiredService<DatabaseFile>();
        database.Diagnose(new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8));

        using var page = await host.Client.GetAsync(ReaderHost.Reader);
        using var library = await host.Client.GetAsync("/");
        using var import = await host.SendAsync(HttpMethod.Post, "/import", Json, Owner);
        using var delete = await host.SendAsync(HttpMethod.Delete, ReaderHost.Reader, Json, Owner);
        using var ready = await host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("The library is read-only just now", await library.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, import.StatusCode);
        Assert.Contains("read-only", await import.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("read-only", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("database").GetProperty("state").GetString());
    }

    [Fact]
    public async Task ADatabaseDeletedUnderTheAppIsNoticedAndTheNewOneReopened()
    {
        var database = host.Services.GetRequiredService<DatabaseFile>();
        var watch = host.Services.GetRequiredService<DatabaseWatch>();
        var identity = database.Identity;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(database.Path + suffix);

        var writableWhileGone = watch.CheckNow();
        using var notReady = await host.Client.GetAsync("/readyz");
        using var refused = await host.SendAsync(HttpMethod.Delete, ReaderHost.Reader, Json, Owner);
        // What `reader rebuild` or an import does at that path: a new, migrated database.
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={database.Path};Pooling=False");
        using (var db = new PooledDbContextFactory<ReaderDbContext>(options.Options).CreateDbContext())
            SqliteSetup.MigrateAndReindex(db);
        var reimported = Library.LibraryChanges.NextAsync(host.Services.GetRequiredService<LibraryImportStatus>(),
            c => c.Slug is { } slug && ReaderHost.Reader.EndsWith("/" + slug, StringComparison.Ordinal));
        var writableAgain = watch.CheckNow();

        Assert.False(writableWhileGone);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Contains("was deleted while the app ran", await notReady.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(writableAgain);
        Assert.NotEqual(identity, database.Identity);
        // The reopened file gets the library's files again.
        await reimported.WaitAsync(TimeSpan.FromSeconds(60));
        using var page = await host.Client.GetAsync(ReaderHost.Reader);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private sealed class OwnedHost : ReaderHost
    {
        protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder web, string seeds) =>
            web.UseSetting("Reader:OwnerKey", OwnerKey);
    }
}
