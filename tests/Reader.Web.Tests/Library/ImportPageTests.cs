using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage;
using Reader.Storage.Tests.Library;
using Reader.Web.Library;

namespace Reader.Web.Tests.Library;

public sealed class ImportPageTests(OwnerHost host) : IClassFixture<OwnerHost>
{
    [Fact]
    public async Task The_owners_import_page_has_the_form_for_several_files_and_its_token()
    {
        var page = await host.Client.GetStringAsync("/import");

        Assert.Contains("data-import-form", page);
        Assert.Matches(@"<input[^>]*type=""file""[^>]*name=""files""[^>]*multiple", page);
        Assert.Contains("name=\"__RequestVerificationToken\"", page);
    }

    [Fact]
    public async Task A_preview_shows_the_episode_before_anything_is_saved_and_its_save_form_imports_it_with_the_names_given()
    {
        var token = await OwnerHost.FormTokenAsync(host.Client, "/import");
        using var preview = await OwnerHost.PostFilesAsync(host.Client, "/import/preview", [("preview-talk.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual()))],
            [("__RequestVerificationToken", token)]);
        var location = preview.Headers.Location?.OriginalString ?? "";

        var page = await host.Client.GetStringAsync(location);

        Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);
        Assert.StartsWith("/import?staged=", location);
        Assert.Contains("data-import-preview", page);
        Assert.Contains("preview-talk", page);
        Assert.Matches("data-preview-segments[^>]*>3<", page);
        Assert.Contains(Subtitles.Cues[0].Zh, page);
        Assert.Contains(Subtitles.Cues[0].En, page);
        Assert.False(await EpisodeExistsAsync("preview-talk"));

        using var save = await OwnerHost.PostFormAsync(host.Client, "/import",
            (ImportEndpoints.StagedField, location["/import?staged=".Length..]), ("__RequestVerificationToken", await OwnerHost.FormTokenAsync(host.Client, location)),
            (SpeakerEdits.NameField("0.", "Speaker 1"), "Lin Yi"));

        Assert.Equal("/episodes/preview-talk", save.Headers.Location?.OriginalString);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync();
        Assert.Equal("Lin Yi", await db.Speakers.Where(s => s.Label == "Speaker 1" && db.Episodes.Any(e => e.Id == s.EpisodeId && e.Slug == "preview-talk")).Select(s => s.Name).SingleAsync());
    }

    private async Task<bool> EpisodeExistsAsync(string slug)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync();
        return await db.Episodes.AnyAsync(e => e.Slug == slug);
    }
}
