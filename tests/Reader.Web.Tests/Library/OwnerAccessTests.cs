using System.Net;
using System.Text;
using Reader.Storage.Tests.Library;
using Reader.Web.Library;

namespace Reader.Web.Tests.Library;

public sealed class OwnerAccessTests(OwnerHost open, KeyedOwnerHost keyed) : IClassFixture<OwnerHost>, IClassFixture<KeyedOwnerHost>
{
    [Theory]
    [InlineData(false, "127.0.0.1", null, HttpStatusCode.OK)]
    [InlineData(false, "::1", null, HttpStatusCode.OK)]
    [InlineData(false, OwnerHost.Elsewhere, null, HttpStatusCode.Forbidden)]
    [InlineData(true, "127.0.0.1", null, HttpStatusCode.Forbidden)]
    [InlineData(true, OwnerHost.Elsewhere, "Bearer " + KeyedOwnerHost.Key, HttpStatusCode.OK)]
    [InlineData(true, "127.0.0.1", "Bearer " + KeyedOwnerHost.Key, HttpStatusCode.OK)]
    [InlineData(true, "127.0.0.1", "Bearer not the key", HttpStatusCode.Forbidden)]
    [InlineData(true, "127.0.0.1", KeyedOwnerHost.Key, HttpStatusCode.Forbidden)]
    public async Task Who_may_write(bool withKey, string from, string? authorization, HttpStatusCode expected)
    {
        var host = withKey ? keyed : open;
        var name = $"owner-{Guid.NewGuid():N}";
        (string, string)[] headers = authorization is null
            ? [("Accept", "application/json"), (OwnerHost.RemoteAddressHeader, from)]
            : [("Accept", "application/json"), (OwnerHost.RemoteAddressHeader, from), ("Authorization", authorization)];

        using var response = await OwnerHost.PostFilesAsync(host.Client, "/import", [($"{name}.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual()))], [], headers);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, host.SourceFolders().Contains(name));
    }

    [Fact]
    public async Task Signing_in_sets_a_strict_http_only_cookie_that_then_lets_a_form_write()
    {
        using var client = keyed.CreateClient();
        var signInToken = await OwnerHost.FormTokenAsync(client, "/owner");

        using var signIn = await OwnerHost.PostFormAsync(client, "/owner/sign-in",
            ("__RequestVerificationToken", signInToken), ("key", KeyedOwnerHost.Key), ("return", "/import"));
        var importToken = await OwnerHost.FormTokenAsync(client, "/import");
        using var import = await OwnerHost.PostFilesAsync(client, "/import", [("signed-in-talk.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual()))],
            [("__RequestVerificationToken", importToken)]);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(OwnerAccess.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal("/episodes/signed-in-talk", import.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_key_signs_no_one_in()
    {
        using var client = keyed.CreateClient();
        var token = await OwnerHost.FormTokenAsync(client, "/owner");

        using var signIn = await OwnerHost.PostFormAsync(client, "/owner/sign-in", ("__RequestVerificationToken", token), ("key", "guess"), ("return", "/import"));

        Assert.False(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(OwnerAccess.CookieName + "=", StringComparison.Ordinal)));
        Assert.StartsWith("/owner?failed=1", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Another_sites_form_without_a_token_is_400_and_saves_nothing()
    {
        using var response = await OwnerHost.PostFilesAsync(open.Client, "/import", [("cross-site-talk.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual()))], [],
            ("Origin", "https://elsewhere.example"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("cross-site-talk", open.SourceFolders());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_browser_that_may_not_write_is_told_how_to_sign_in(bool withFormToken)
    {
        using var client = keyed.CreateClient();
        (string, string)[] fields = withFormToken ? [("__RequestVerificationToken", await OwnerHost.FormTokenAsync(client, "/import"))] : [];

        using var response = await OwnerHost.PostFilesAsync(client, "/import", [("refused-talk.srt", Encoding.UTF8.GetBytes(Subtitles.Bilingual()))], fields);

        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, page);
        Assert.Contains("Only the library's owner can do this", page);
        Assert.Contains("action=\"owner/sign-in\"", page);
        Assert.Contains("Authorization: Bearer", page);
        Assert.DoesNotContain("refused-talk", keyed.SourceFolders());
    }
}
