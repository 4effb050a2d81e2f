using System.Net;

namespace Reader.Web.Tests.Http;

/// <summary>Every export URL as a client downloads it: its type, its file name, and what ?lang and ?hide leave in it.</summary>
public sealed class ExportEndpointTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    // The seed's first host line and first guest line.
    private const string HostZh = "双子座三号,我们正坐在这里。";
    private const string HostEn = "Gemini three, we're sitting here.";
    private const string GuestEn = "I'm very excited about the progress.";

    public static TheoryData<string, string> EveryFormat => new()
    {
        { "md", "text/markdown" },
        { "vtt", "text/vtt" },
        { "srt", "application/x-subrip" },
        { "txt", "text/plain" },
        { "json", "application/json" },
        { "chapters.json", "application/json+chapters" },
    };

    public static TheoryData<string> EveryTranscriptFormat => new(["md", "vtt", "srt", "txt", "json"]);

    [Theory, MemberData(nameof(EveryFormat))]
    public async Task Each_export_is_an_attachment_of_its_type_named_for_the_episode(string extension, string contentType)
    {
        foreach (var (query, suffix) in new[] { ("", ""), ("?lang=zh", ".zh"), ("?lang=en", ".en"), ("?lang=both", ""), ("?lang=xx", "") })
        {
            using var response = await host.Client.GetAsync($"{ReaderHost.Reader}/export.{extension}{query}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
            Assert.Equal($"attachment; filename=\"{ReaderHost.SeedSlug}{suffix}.{extension}\"", response.Content.Headers.ContentDisposition?.ToString());
        }
    }

    [Theory, MemberData(nameof(EveryTranscriptFormat))]
    public async Task The_language_choice_keeps_only_its_lines(string extension)
    {
        var both = await ExportAsync(extension, "");
        var chinese = await ExportAsync(extension, "?lang=zh");
        var english = await ExportAsync(extension, "?lang=en");

        Assert.True(both.Contains(HostZh, StringComparison.Ordinal) && both.Contains(HostEn, StringComparison.Ordinal), $"export.{extension} without ?lang lacks a language");
        Assert.True(chinese.Contains(HostZh, StringComparison.Ordinal) && !chinese.Contains(HostEn, StringComparison.Ordinal), $"export.{extension}?lang=zh is not Chinese only");
        Assert.True(english.Contains(HostEn, StringComparison.Ordinal) && !english.Contains(HostZh, StringComparison.Ordinal), $"export.{extension}?lang=en is not English only");
    }

    [Theory, MemberData(nameof(EveryTranscriptFormat))]
    public async Task A_hidden_speaker_is_left_out(string extension)
    {
        var all = await ExportAsync(extension, "?lang=en");
        var withoutGuest = await ExportAsync(extension, "?lang=en&hide=Speaker%201");
        var withoutAnyone = await ExportAsync(extension, "?lang=en&hide=Speaker%200,Speaker%201");

        Assert.Contains(GuestEn, all);
        Assert.DoesNotContain(GuestEn, withoutGuest);
        Assert.Contains(HostEn, withoutGuest);
        Assert.DoesNotContain(HostEn, withoutAnyone);
    }

    [Fact]
    public async Task The_chapters_are_the_same_whatever_the_reading_state()
    {
        var plain = await ExportAsync("chapters.json", "");

        Assert.Equal(plain, await ExportAsync("chapters.json", "?lang=en&hide=Speaker%200"));
        Assert.Contains("Gemini 3发布反响", plain);
    }

    [Theory, MemberData(nameof(EveryFormat))]
    public async Task An_unknown_episode_has_no_export(string extension, string contentType)
    {
        using var response = await host.Client.GetAsync($"/episodes/no-such-episode/export.{extension}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    private async Task<string> ExportAsync(string extension, string query)
    {
        using var response = await host.Client.GetAsync($"{ReaderHost.Reader}/export.{extension}{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
