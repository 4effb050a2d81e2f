using Microsoft.Extensions.Configuration;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class PlayerEmbedTests
{
    [Theory]
    [InlineData(null, "https://www.youtube-nocookie.com")]
    [InlineData("http://127.0.0.1:5058/", "http://127.0.0.1:5058")]
    [InlineData("https://embed.example.com", "https://embed.example.com")]
    public void TheEmbedOriginIsConfiguredAsAnOrigin(string? setting, string origin)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PlayerEmbed.SettingName] = setting }).Build();

        Assert.Equal(origin, PlayerEmbed.From(configuration).YouTubeOrigin);
    }

    [Theory]
    [InlineData("https://www.youtube-nocookie.com/embed")]
    [InlineData("https://x.com; script-src *")]
    [InlineData("javascript:alert(1)")]
    [InlineData("*")]
    public void AnythingButAnOriginStopsTheStart(string setting)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PlayerEmbed.SettingName] = setting }).Build();

        Assert.Throws<InvalidOperationException>(() => PlayerEmbed.From(configuration));
    }
}
