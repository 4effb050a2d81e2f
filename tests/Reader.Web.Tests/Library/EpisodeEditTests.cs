using System.Net;
using Reader.Web.Library;

namespace Reader.Web.Tests.Library;

public sealed class EpisodeEditTests(OwnerHost host) : IClassFixture<OwnerHost>
{
    [Fact]
    public async Task Renaming_a_speaker_writes_the_sidecar_and_the_episode_shows_the_name()
    {
        var slug = await host.ImportBilingualAsync("renamed-talk.srt");

        using var response = await OwnerHost.PostFormAsync(host.Client, $"/episodes/{slug}/edit", (SpeakerEdits.NameField("", "Speaker 1"), "Lin Yi"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/episodes/{slug}", response.Headers.Location?.OriginalString);
        Assert.Contains("Lin Yi", File.ReadAllText(Path.Combine(host.Files.SourcesFolder, "renamed-talk", "renamed-talk.speakers.json")));
        Assert.Contains("Lin Yi", await host.Client.GetStringAsync($"/episodes/{slug}"));
    }

    [Fact]
    public async Task A_bad_media_address_leaves_the_sidecars_as_they_were_and_goes_back_with_a_notice()
    {
        var slug = await host.ImportBilingualAsync("bad-media-talk.srt");
        using (await OwnerHost.PostFormAsync(host.Client, $"/episodes/{slug}/edit", (SpeakerEdits.NameField("", "Speaker 1"), "Lin Yi")))
        {
        }
        var folder = Path.Combine(host.Files.SourcesFolder, "bad-media-talk");
        var before = Snapshot(folder);

        using var response = await OwnerHost.PostFormAsync(host.Client, $"/episodes/{slug}/edit",
            (SpeakerEdits.NameField("", "Speaker 1"), "Someone Else"), (EpisodeEdit.MediaUrlField, "ftp://example.com/talk.mp3"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/episodes/{slug}/edit?notice=", response.Headers.Location?.OriginalString);
        Assert.Equal(before, Snapshot(folder));
        var notice = await host.Client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("expected an http or https address for the media", notice);
        Assert.Contains("Lin Yi", await host.Client.GetStringAsync($"/episodes/{slug}"));
    }

    private static string Snapshot(string folder) =>
        string.Join("\n", Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)}:{File.ReadAllText(f)}"));
}
