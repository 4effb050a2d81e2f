using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage.Library;
using Reader.Storage.Tests.Library;
using Reader.Web.Library;
using Reader.Web.Tests.Http;

namespace Reader.Web.Tests.Library;

/// <summary>
/// The app in memory as the machine's own user sees it: TestServer gives no remote address, so every request
/// comes from loopback here unless it names another in <see cref="RemoteAddressHeader"/>. No owner key.
/// </summary>
public partial class OwnerHost : ReaderHost
{
    /// <summary>Where a request says it comes from, for tests of the owner rule.</summary>
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    public const string Elsewhere = "203.0.113.7";

    public LibraryFiles Files => Services.GetRequiredService<LibraryFiles>();

    protected override void Configure(IWebHostBuilder web, string seeds) =>
        web.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>());

    /// <summary><c>POST /import</c> of the files as a script sends them, answered in JSON.</summary>
    public Task<HttpResponseMessage> ImportAsync(params (string Name, byte[] Content)[] files) =>
        PostFilesAsync(Client, "/import", files, [], ("Accept", "application/json"));

    /// <summary>A multipart form of <c>files</c> fields and text fields, with headers of the test's choosing.</summary>
    public static async Task<HttpResponseMessage> PostFilesAsync(HttpClient client, string path, IEnumerable<(string Name, byte[] Content)> files,
        IEnumerable<(string Name, string Value)> fields, params (string Name, string Value)[] headers)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        foreach (var (name, content) in files)
            form.Add(new ByteArrayContent(content), ImportEndpoints.FilesField, name);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return await client.SendAsync(request);
    }

    /// <summary>A form of text fields, as a browser posts one.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        return await client.PostAsync(path, form);
    }

    /// <summary>Imports one bilingual SRT under this name and returns the new episode's slug.</summary>
    public async Task<string> ImportBilingualAsync(string name, params (string Name, byte[] Content)[] more)
    {
        using var response = await ImportAsync([(name, Encoding.UTF8.GetBytes(Subtitles.Bilingual())), .. more]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("episodes")[0].GetProperty("slug").GetString()!;
    }

    /// <summary>The antiforgery token of the first form of a page, whatever its status; the client keeps its cookie.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path)
    {
        // A page that refuses (403) still has a form: the sign-in's.
        using var response = await client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(FormToken().Match(page).Groups[1].Value) is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"{path} has no antiforgery token");
    }

    /// <summary>Episode folders of the library's sources (not its staging).</summary>
    public IReadOnlyList<string> SourceFolders() => Directory.Exists(Files.SourcesFolder)
        ? [.. Directory.GetDirectories(Files.SourcesFolder).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order()]
        : [];

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")]
    private static partial Regex FormToken();

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[RemoteAddressHeader], out var address) ? address : IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The same app with an owner key: every write must present it, from loopback too.</summary>
public sealed class KeyedOwnerHost : OwnerHost
{
    public const string Key = "correct horse battery staple";

    protected override void Configure(IWebHostBuilder web, string seeds)
    {
        base.Configure(web, seeds);
        web.UseSetting(OwnerAccess.KeySetting, Key);
    }
}
