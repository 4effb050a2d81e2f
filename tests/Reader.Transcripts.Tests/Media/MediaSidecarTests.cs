using Reader.Transcripts.Media;

namespace Reader.Transcripts.Tests.Media;

public sealed class MediaSidecarTests
{
    [Theory]
    [InlineData("""{ "url": "https://cdn.example.com/ep/1.mp3" }""", "audio", "audio/mpeg", "https://cdn.example.com")]
    [InlineData("""{ "url": "http://example.com:8080/a.webm" }""", "video", "video/webm", "http://example.com:8080")]
    [InlineData("""{ "url": "https://example.com/download?id=3", "type": "video/mp4" }""", "video", "video/mp4", "https://example.com")]
    [InlineData("""{ "url": "https://example.com/download?id=3" }""", "audio", null, "https://example.com")]
    [InlineData("""{ "url": "https://例子.测试/a.m4a", }""", "audio", "audio/mp4", "https://xn--fsqu00a.xn--0zwm56d")]
    public void MediaIsReadWithItsKindTypeAndOrigin(string json, string kind, string? type, string origin)
    {
        var media = MediaSidecar.Parse("a.media.json", json);

        Assert.Equal(kind, media.Kind);
        Assert.Equal(type, media.ContentType);
        Assert.Equal(origin, media.Origin);
    }

    [Theory]
    [InlineData("""{ "url": "javascript:alert(1)" }""", "expected an http or https address for the media, found 'javascript:alert(1)'")]
    [InlineData("""{ "url": "file:///etc/passwd" }""", "expected an http or https address")]
    [InlineData("""{ "url": "data:audio/mpeg;base64,AAAA" }""", "expected an http or https address")]
    [InlineData("""{ "url": "/relative/a.mp3" }""", "expected an http or https address")]
    [InlineData("""{ "url": "https://user:pw@example.com/a.mp3" }""", "no user name")]
    [InlineData("""{ "url": "https://example.com/a.mp3", "type": "text/html" }""", "expected \"type\" to be an audio/… or video/… media type, found 'text/html'")]
    [InlineData("""{ "url": "https://example.com/a.mp3", "type": "audio/mpeg; x=';'" }""", "media type")]
    [InlineData("""{ "href": "https://example.com/a.mp3" }""", "expected a JSON object like { \"url\"")]
    [InlineData("""{ "url": """, "expected valid JSON")]
    public void AnythingButAPlainHttpAddressIsRefusedWithTheReason(string json, string expected)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => MediaSidecar.Parse("a.media.json", json));

        Assert.Equal("a.media.json", error.File);
        Assert.Contains(expected, error.Expected);
    }

    [Fact]
    public void SerializedMediaParsesBackTheSame()
    {
        var media = new EpisodeMedia("https://example.com/a.mp3", "audio/mpeg");

        Assert.Equal(media, MediaSidecar.Parse("a.media.json", MediaSidecar.Serialize(media)));
    }

    [Theory]
    [InlineData("""{ "url": "http://[::1]:8080/a.mp3" }""", "http://[::1]:8080")]
    [InlineData("""{ "url": "https://[2001:db8::7]/a.mp3" }""", "https://[2001:db8::7]")]
    public void AnIpv6HostIsTakenInItsBrackets(string json, string origin)
    {
        var media = MediaSidecar.Parse("a.media.json", json);

        Assert.Equal(origin, media.Origin);
    }

    [Fact]
    public void ASidecarOverTheLimitIsRefusedBeforeItIsParsedNamingTheLine()
    {
        var json = "{\n  \"url\": \"https://example.com/a.mp3\",\n  \"note\": \"" + new string('x', MediaSidecar.MaxBytes) + "\"\n}";

        var error = Assert.Throws<TranscriptFormatException>(() => MediaSidecar.Parse("a.media.json", json));

        Assert.Equal(("a.media.json", 3), (error.File, error.Line));
        Assert.StartsWith("expected a media sidecar of at most 64 KiB, found 64.1 KiB", error.Expected);
    }
}
