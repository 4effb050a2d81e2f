using System.Text.RegularExpressions;

namespace Reader.Web.Tests.Http;

/// <summary>
/// <c>?t=</c> as the server renders it, which is all a reader without JavaScript gets: the player's link out
/// starts at that moment and says so.
/// </summary>
public sealed class MomentAddressTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    [Theory]
    [InlineData("?t=1234", "Play from 20:34 · ", "&amp;t=1234s")]
    [InlineData("?t=1234.9&lang=en", "Play from 20:34 · ", "&amp;t=1234s")]
    [InlineData("?t=0", "Play from 0:00 · ", "&amp;t=0s")]
    [InlineData("", "Listen while reading · ", "&amp;t=0s")]
    [InlineData("?t=-5", "Listen while reading · ", "&amp;t=0s")]
    [InlineData("?t=soon", "Listen while reading · ", "&amp;t=0s")]
    public async Task The_players_link_out_starts_at_the_moment_in_the_address(string query, string label, string videoTime)
    {
        var page = await host.Client.GetStringAsync(ReaderHost.Reader + query);

        // Scoped CSS adds its b-… attribute to every element.
        Assert.Matches($"class=\"player-start-label\"[^>]*>{Regex.Escape(label)}<", page);
        Assert.Matches($"data-player-start href=\"{Regex.Escape("https://www.youtube.com/watch?v=fXtna7UrL44" + videoTime)}\"", page);
    }
}
