using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage;
using Reader.Storage.Tests.Library;

namespace Reader.Web.Tests.Library;

public sealed class ImportEndpointsTests(OwnerHost host) : IClassFixture<OwnerHost>
{
    [Fact]
    public async Task A_bilingual_srt_imports_as_one_timed_episode_described_in_json()
    {
        using var response = await host.ImportAsync(("json-talk.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var episode = Assert.Single(json.RootElement.GetProperty("episodes").EnumerateArray());
        Assert.Equal("json-talk", episode.GetProperty("slug").GetString());
        Assert.Equal(3, episode.GetProperty("segments").GetInt32());
        Assert.Equal(0, episode.GetProperty("chapters").GetInt32());
        Assert.True(episode.GetProperty("timed").GetBoolean());
        Assert.Equal(JsonValueKind.Array, episode.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task Two_files_fields_of_one_language_each_are_one_episode()
    {
        using var response = await host.ImportAsync(
            ("pair-talk.zh.srt", Encoding.UTF8.GetBytes(Subtitles.Chinese)), ("pair-talk.en.srt", Encoding.UTF8.GetBytes(Subtitles.English)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var episode = Assert.Single(json.RootElement.GetProperty("episodes").EnumerateArray());
        Assert.Equal(3, episode.GetProperty("segments").GetInt32());
        Assert.Empty(episode.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Unreadable_input_is_400_with_file_line_and_message_and_nothing_saved()
    {
        var bad = Subtitles.Bilingual().Replace("00:00:04,000 --> 00:00:06,500", "00:00:04,000 --> 00:00:0x,500");

        using var response = await host.ImportAsync(("broken-talk.srt", Encoding.UTF8.GetBytes(bad)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("broken-talk.srt", error.GetProperty("file").GetString());
        Assert.Equal(7, error.GetProperty("line").GetInt32());
        Assert.StartsWith("expected", error.GetProperty("message").GetString());
        Assert.DoesNotContain("broken-talk", host.SourceFolders());
        Assert.False(await EpisodeExistsAsync("broken-talk"));
    }

    [Fact]
    public async Task A_file_of_no_known_format_is_told_the_formats_reader_reads()
    {
        using var response = await host.ImportAsync(("shopping.srt", Encoding.UTF8.GetBytes("eggs, milk, bread\n")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString()!;
        Assert.All(["export", "SRT", "WebVTT", "ASS/SSA", "eggs, milk, bread"], expected => Assert.Contains(expected, message));
    }

    [Theory]
    [InlineData("../../{0}.srt")]
    [InlineData("..\\..\\{0}.srt")]
    [InlineData("/tmp/{0}.srt")]
    [InlineData("{0}/../../../x.srt")]
    public async Task Hostile_file_names_never_reach_the_file_system_as_paths(string pattern)
    {
        var marker = "hostile-" + Guid.NewGuid().ToString("N")[..8];
        var root = Path.GetDirectoryName(host.Files.SourcesFolder)!;

        using var response = await host.ImportAsync((string.Format(pattern, marker), Encoding.UTF8.GetBytes(Subtitles.Bilingual())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outside = Directory.EnumerateFiles(Path.GetDirectoryName(root)!, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 4, IgnoreInaccessible = true })
            .Where(f => f.Contains(marker, StringComparison.Ordinal) && !f.StartsWith(host.Files.SourcesFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        Assert.Empty(outside);
        Assert.All(host.SourceFolders(), folder => Assert.DoesNotContain("..", folder));
    }

    [Fact]
    public async Task A_long_hostile_name_is_kept_short()
    {
        using var response = await host.ImportAsync((new string('n', 10_000) + ".srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual())));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.All(Directory.EnumerateFileSystemEntries(host.Files.SourcesFolder, "*", SearchOption.AllDirectories),
            entry => Assert.InRange(Path.GetFileName(entry).Length, 1, 120));
    }

    [Fact]
    public async Task A_form_past_the_limits_is_400_with_a_message_not_an_error_page()
    {
        using var response = await host.ImportAsync((new string('n', 100_000) + ".srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("expected a form within Reader's limits", Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_request_that_may_not_write_gets_403_in_json()
    {
        using var response = await OwnerHost.PostFilesAsync(host.Client, "/import", [("elsewhere.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual()))], [],
            ("Accept", "application/json"), (OwnerHost.RemoteAddressHeader, OwnerHost.Elsewhere));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("owner", Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString());
        Assert.DoesNotContain("elsewhere", host.SourceFolders());
    }

    [Fact]
    public async Task A_browsers_single_import_is_sent_on_to_the_new_episode()
    {
        using var response = await OwnerHost.PostFilesAsync(host.Client, "/import", [("browser-talk.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual()))], []);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Found, HttpStatusCode.SeeOther });
        Assert.Equal("/episodes/browser-talk", response.Headers.Location?.OriginalString);
    }

    private async Task<bool> EpisodeExistsAsync(string slug)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync();
        return await db.Episodes.AnyAsync(e => e.Slug == slug);
    }
}
