using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Episodes;
using Reader.Web.Tests.Http;

namespace Reader.Web.Tests.Dictionary;

public class LookupEndpointTests(DictionaryHost host) : IClassFixture<DictionaryHost>
{
    private const string Lookup = $"/api/lookup?episode={ReaderHost.SeedSlug}";

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetAsync(string path)
    {
        using var response = await host.Client.GetAsync(path);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private async Task<TranscriptMarkup.Row> SegmentWithAsync(string zh, string en)
    {
        var episode = await host.Services.GetRequiredService<EpisodeCatalog>().FindAsync(ReaderHost.SeedSlug);
        return episode!.Rows.First(r => r.Zh?.Contains(zh) == true && r.En?.Contains(en) == true);
    }

    private static string[] Texts(JsonElement json, string property) =>
        [.. json.GetProperty(property).EnumerateArray().Select(c => c.GetProperty("text").GetString()!)];

    [Fact]
    public async Task AChineseWordComesWithPinyinSensesAndItsEnglishCounterparts()
    {
        var row = await SegmentWithAsync("基准", "benchmark");
        var at = row.Zh!.IndexOf("基准", StringComparison.Ordinal) + 1;

        var (status, json) = await GetAsync($"{Lookup}&segment={row.Ordinal}&lang=zh&at={at}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("基准", json.GetProperty("word").GetString());
        Assert.Equal(at - 1, json.GetProperty("start").GetInt32());
        Assert.Equal(2, json.GetProperty("length").GetInt32());
        Assert.Equal("jī zhǔn", json.GetProperty("pinyin").GetString());
        Assert.Contains(json.GetProperty("senses").EnumerateArray(), s => s.GetString()!.Contains("benchmark"));
        Assert.Empty(json.GetProperty("entries").EnumerateArray());
        Assert.All(Texts(json, "counterparts"), t => Assert.StartsWith("benchmark", t, StringComparison.OrdinalIgnoreCase));
        var first = json.GetProperty("counterparts")[0];
        Assert.Equal(first.GetProperty("text").GetString(), row.En!.Substring(first.GetProperty("start").GetInt32(), first.GetProperty("length").GetInt32()));
        Assert.Contains("CC BY-SA 4.0", json.GetProperty("attribution").GetString());
    }

    [Fact]
    public async Task AnEnglishWordComesWithItsBaseFormAndTheChineseWordsOfItsSegment()
    {
        var row = await SegmentWithAsync("基准", "benchmarks");
        var at = row.En!.IndexOf("benchmarks", StringComparison.Ordinal);

        var (status, json) = await GetAsync($"{Lookup}&segment={row.Ordinal}&lang=en&at={at}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("benchmarks", json.GetProperty("word").GetString());
        Assert.Equal("benchmark", json.GetProperty("base").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("pinyin").ValueKind);
        Assert.Contains("基准", Texts(json, "counterparts"));
        var entry = json.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("simplified").GetString() == "基准");
        Assert.Equal("jī zhǔn", entry.GetProperty("pinyin").GetString());
    }

    [Fact]
    public async Task AnEnglishWordWithoutCounterpartsGetsTheDictionarysBestEntries()
    {
        // The hostile episode's Chinese line has 中文 ("Chinese"), nothing that renders "English".
        var slug = await HostileSlugAsync();

        var (_, json) = await GetAsync($"/api/lookup?episode={slug}&segment=1&lang=en&at=0");

        Assert.Equal("English", json.GetProperty("word").GetString());
        Assert.Empty(json.GetProperty("counterparts").EnumerateArray());
        Assert.Contains(json.GetProperty("entries").EnumerateArray(), e => e.GetProperty("simplified").GetString() is "英语" or "英文");
    }

    [Fact]
    public async Task WordsOfTheFirstSegmentRenderEachOther()
    {
        // "双子座三号,我们正坐在这里。" / "Gemini three, we're sitting here."
        var (_, json) = await GetAsync($"{Lookup}&segment=1&lang=en&at=22");

        Assert.Equal("sitting", json.GetProperty("word").GetString());
        Assert.Equal(["坐"], Texts(json, "counterparts"));
    }

    private async Task<string> HostileSlugAsync() =>
        (await host.Services.GetRequiredService<EpisodeCatalog>().ListAsync()).Single(e => e.TitleEn == "Hostile Episode").Slug;

    [Fact]
    public async Task AnOffsetOnPunctuationMeansTheWordJustBeforeIt()
    {
        // Segment 1 is "双子座三号,我们正坐在这里。": offset 5 is the comma after 号.
        var (_, json) = await GetAsync($"{Lookup}&segment=1&lang=zh&at=5");

        Assert.Equal("号", json.GetProperty("word").GetString());
        Assert.Equal("hào", json.GetProperty("pinyin").GetString());
    }

    [Theory]
    [InlineData("&segment=1&lang=zh", HttpStatusCode.BadRequest)]
    [InlineData("&segment=1&lang=zh&at=", HttpStatusCode.BadRequest)]
    [InlineData("&segment=1&lang=zh&at=x", HttpStatusCode.BadRequest)]
    [InlineData("&segment=1&lang=zh&at=-1", HttpStatusCode.BadRequest)]
    [InlineData("&segment=1&lang=zh&at=14", HttpStatusCode.BadRequest)]
    [InlineData("&segment=1&lang=zh&at=99999999999999999999", HttpStatusCode.BadRequest)]
    [InlineData("&segment=1&lang=fr&at=0", HttpStatusCode.BadRequest)]
    [InlineData("&segment=one&lang=zh&at=0", HttpStatusCode.BadRequest)]
    [InlineData("&lang=zh&at=0", HttpStatusCode.BadRequest)]
    [InlineData("&segment=0&lang=zh&at=0", HttpStatusCode.NotFound)]
    [InlineData("&segment=100000&lang=zh&at=0", HttpStatusCode.NotFound)]
    public async Task BadParametersAreAnsweredWithAMessage(string query, HttpStatusCode expected)
    {
        var (status, json) = await GetAsync(Lookup + query);

        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%00%01%1F")]
    [InlineData("%ED%A0%80")]
    [InlineData("x'%20OR%201=1--")]
    public async Task AnUnknownOrHostileEpisodeIsNotFound(string episode)
    {
        var (status, json) = await GetAsync($"/api/lookup?episode={episode}&segment=1&lang=zh&at=0");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.True(json.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task TenThousandCharactersOfEpisodeAreNotFound()
    {
        var (status, _) = await GetAsync($"/api/lookup?episode={new string('长', 10_000)}&segment=1&lang=zh&at=0");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task HostileSegmentTextComesBackAsText()
    {
        // The hostile episode's segment: "中文<script>alert("x")</script> & 'it'" / "English <script>…".
        var slug = await HostileSlugAsync();

        using var zh = await host.Client.GetAsync($"/api/lookup?episode={slug}&segment=1&lang=zh&at=3");
        using var en = await host.Client.GetAsync($"/api/lookup?episode={slug}&segment=1&lang=en&at=9");

        Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, en.StatusCode);
        Assert.DoesNotContain("<", await zh.Content.ReadAsStringAsync());
        Assert.DoesNotContain("<", await en.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await en.Content.ReadAsStringAsync());
        Assert.Equal("script", json.RootElement.GetProperty("word").GetString());
    }

    [Fact]
    public async Task PinyinForTheEpisodeGivesEveryChineseWordItsSpanAndReading()
    {
        var row = await SegmentWithAsync("增长", "growth");

        var (status, json) = await GetAsync($"/episodes/{ReaderHost.SeedSlug}/pinyin.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var words = json.GetProperty("segments").GetProperty(row.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)).EnumerateArray()
            .Select(w => (Text: row.Zh!.Substring(w[0].GetInt32(), w[1].GetInt32()), Pinyin: w[2].GetString())).ToList();
        Assert.Contains(("增长", "zēng zhǎng"), words);
        Assert.All(words, w => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", w.Text));
    }

    [Fact]
    public async Task PinyinForAnUnknownEpisodeIsNotFound()
    {
        using var response = await host.Client.GetAsync("/episodes/nope/pinyin.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PinyinForTheEpisodeIsCompressed()
    {
        using var response = await host.SendAsync(HttpMethod.Get, $"/episodes/{ReaderHost.SeedSlug}/pinyin.json", ("Accept-Encoding", "gzip"));

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
    }
}
