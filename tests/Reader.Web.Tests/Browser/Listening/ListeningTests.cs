using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser.Listening;

/// <summary>
/// Listening while reading, in Chromium, on a silent audio file and a stand-in of YouTube's embed served by
/// another loopback origin: the spoken line marked and followed, seeking from the text, keys, ?t=, Sync pins.
/// The line's time is the server's estimate (timing.json's starts), so every check compares the mark with
/// the segment whose estimated span holds the player's time.
/// </summary>
[Collection(ListeningAppCollection.Name)]
public sealed class ListeningTests(ListeningApp app)
{
    private const string AudioEpisode = "/episodes/" + ListeningApp.AudioSlug;
    private const string VideoEpisode = "/episodes/" + ListeningApp.VideoSlug;

    // The bound on how far the mark may trail the player, and the test's round trip on this machine.
    private const double MarkLagSeconds = 0.25;
    private const double RoundTripSeconds = 0.15;

    [BrowserTheory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Nothing_leaves_the_site_before_play_and_playing_marks_the_line_being_spoken(Device device)
    {
        var (page, requests) = await app.OpenAsync(device, AudioEpisode);
        var placeholder = page.Locator("[data-player]");
        Assert.Equal(1, await placeholder.CountAsync());
        await page.WaitForTimeoutAsync(300);
        lock (requests)
            Assert.All(requests, url => Assert.StartsWith(app.BaseUrl, url));

        await Press(page, device, page.Locator("[data-player-start]"));
        await PlayingAsync(page);
        Assert.Equal(1, await page.Locator("[data-player] audio").CountAsync());

        var starts = await StartsAsync(ListeningApp.AudioSlug);
        for (var sample = 0; sample < 4; sample++)
        {
            await AssertMarkFollowsAsync(page, starts);
            await page.WaitForTimeoutAsync(400);
        }
        Assert.True(await InViewAsync(page, "#transcript [data-speaking]"), "the line being spoken is in view");
    }

    [BrowserFact]
    public async Task A_turn_time_and_a_chapter_seek_the_player_while_it_plays()
    {
        var (page, _) = await app.OpenAsync(Device.Desktop, AudioEpisode);
        await page.Locator("[data-player-start]").ClickAsync();
        await PlayingAsync(page);
        var starts = await StartsAsync(ListeningApp.AudioSlug);

        // A turn's ≈time: the player starts at that turn's first line.
        var turn = page.Locator("#transcript .turn").Nth(40);
        var first = int.Parse(await turn.Locator(".segment").First.GetAttributeAsync("data-segment") ?? "0");
        await turn.Locator(".when").ClickAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.InRange(await CurrentTimeAsync(page), starts[first - 1] - 0.1, starts[first - 1] + 1);
        await AssertMarkFollowsAsync(page, starts);

        // A chapter: its exact time.
        await page.Locator("[data-chapter-link='9']:visible").First.ClickAsync();
        await page.WaitForTimeoutAsync(300);
        var chapter = Seconds(await page.Locator("#c-9 .chapter-time").InnerTextAsync());
        Assert.InRange(await CurrentTimeAsync(page), chapter - 0.1, chapter + 1);
        await AssertMarkFollowsAsync(page, starts);
        Assert.True(await InViewAsync(page, "#transcript [data-speaking]"), "the chapter's first line is in view and marked");
    }

    [BrowserFact]
    public async Task Scrolling_away_pauses_following_and_back_to_now_resumes_it()
    {
        var (page, _) = await app.OpenAsync(Device.Desktop, AudioEpisode + "?t=600");
        await page.Locator("[data-player-start]").ClickAsync();
        await PlayingAsync(page);
        var back = page.Locator("[data-player-follow]");
        Assert.False(await back.IsVisibleAsync());

        await page.Mouse.MoveAsync(900, 500);
        await page.Mouse.WheelAsync(0, 6000);
        await page.WaitForTimeoutAsync(400);
        Assert.True(await back.IsVisibleAsync(), "Back to now is offered once the reader scrolls away");
        Assert.False(await InViewAsync(page, "#transcript [data-speaking]"), "the page stays where the reader scrolled");
        await page.Keyboard.PressAsync(".");
        await page.WaitForTimeoutAsync(400);
        Assert.False(await InViewAsync(page, "#transcript [data-speaking]"), "following stays paused while the player moves on");

        await back.ClickAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.True(await InViewAsync(page, "#transcript [data-speaking]"), "Back to now brings the spoken line into view");
        Assert.False(await back.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Keys_play_pause_and_skip_five_seconds()
    {
        var (page, _) = await app.OpenAsync(Device.Desktop, AudioEpisode + "?t=300");
        await page.Keyboard.PressAsync("k");
        await PlayingAsync(page);
        Assert.InRange(await CurrentTimeAsync(page), 299.9, 302);

        await page.Keyboard.PressAsync("k");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-player] audio').paused");
        var paused = await CurrentTimeAsync(page);
        await page.Keyboard.PressAsync(".");
        await page.WaitForTimeoutAsync(150);
        Assert.Equal(paused + 5, await CurrentTimeAsync(page), 1);
        await page.Keyboard.PressAsync(",");
        await page.Keyboard.PressAsync(",");
        await page.WaitForTimeoutAsync(150);
        Assert.Equal(paused - 5, await CurrentTimeAsync(page), 1);
        Assert.Contains("Play / pause", await page.Locator(".shortcuts").TextContentAsync());
    }

    [BrowserTheory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task A_time_in_the_address_opens_at_the_line_then_spoken_and_plays_from_there(Device device)
    {
        var starts = await StartsAsync(ListeningApp.AudioSlug);
        var (page, requests) = await app.OpenAsync(device, AudioEpisode + "?t=1234");
        var expected = SegmentAt(starts, 1234);
        await page.WaitForSelectorAsync($"#s-{expected}[data-speaking]");
        Assert.True(await InViewAsync(page, $"#s-{expected}"), $"segment {expected} is in view");
        Assert.Contains("20:34", await page.Locator("[data-player-start]").InnerTextAsync());
        lock (requests)
            Assert.All(requests, url => Assert.StartsWith(app.BaseUrl, url));

        await Press(page, device, page.Locator("[data-player-start]"));
        await PlayingAsync(page);
        Assert.InRange(await CurrentTimeAsync(page), 1233.9, 1236);
    }

    [BrowserFact]
    public async Task A_sync_pin_moves_the_later_times_and_a_contradicting_one_is_refused()
    {
        // In the middle of chapter 3 (4:16–6:47), the reader hears a line two after the one estimated.
        var (page, _) = await app.OpenAsync(Device.Desktop, AudioEpisode + "?t=330");
        var starts = await StartsAsync(ListeningApp.AudioSlug);
        var chapters = await ChapterAnchorsAsync(ListeningApp.AudioSlug);
        await page.Locator("[data-player-start]").ClickAsync();
        await PlayingAsync(page);
        await page.Keyboard.PressAsync("k");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-player] audio').paused");

        var heard = SegmentAt(starts, 330) + 2;
        var next = chapters.First(c => c > heard);
        var later = (heard + next) / 2;
        var before = await page.Locator($"#s-{later}").GetAttributeAsync("data-time");
        await page.Locator($"#s-{heard} .en").ClickAsync();
        await page.Locator($"#s-{heard} [data-segment-menu] [data-act='sync']").ClickAsync();
        await Assertions.Expect(page.Locator(".player-status")).ToContainTextAsync("pinned");
        var pinnedAt = await CurrentTimeAsync(page);
        Assert.Equal(FormatTime(pinnedAt), await page.Locator($"#s-{heard}").GetAttributeAsync("data-time"));
        Assert.NotEqual(before, await page.Locator($"#s-{later}").GetAttributeAsync("data-time"));
        var kept = await page.EvaluateAsync<JsonElement>($"() => JSON.parse(localStorage.getItem('reader.times.{ListeningApp.AudioSlug}'))");
        Assert.Equal(heard, kept[0].GetProperty("segment").GetInt32());

        // A line of the next chapter cannot start before that chapter does.
        var contradicting = next + 1;
        var shown = await page.Locator($"#s-{contradicting}").GetAttributeAsync("data-time");
        await WheelToAsync(page, $"#s-{contradicting}");
        await page.Locator($"#s-{contradicting} .en").ClickAsync();
        await page.Locator($"#s-{contradicting} [data-segment-menu] [data-act='sync']").ClickAsync();
        await Assertions.Expect(page.Locator(".player-status")).ToContainTextAsync("contradicts the chapter");
        Assert.Equal(shown, await page.Locator($"#s-{contradicting}").GetAttributeAsync("data-time"));
    }

    [BrowserFact]
    public async Task Following_stays_exact_after_a_language_and_a_speaker_switch()
    {
        var (page, _) = await app.OpenAsync(Device.Desktop, AudioEpisode + "?t=900");
        var starts = await StartsAsync(ListeningApp.AudioSlug);
        await page.Locator("[data-player-start]").ClickAsync();
        await PlayingAsync(page);
        await page.Keyboard.PressAsync("2");
        await page.WaitForSelectorAsync("#transcript[data-lang='en']");
        await page.WaitForTimeoutAsync(400);
        await AssertMarkFollowsAsync(page, starts);
        Assert.True(await InViewAsync(page, "#transcript [data-speaking]"), "after the language switch");

        await page.Locator("[data-speaker-toggle]").First.ClickAsync(new() { Force = true });
        await page.WaitForTimeoutAsync(600);
        await AssertMarkFollowsAsync(page, starts);
    }

    [BrowserFact]
    public async Task The_youtube_player_is_driven_through_the_embed_and_only_after_play()
    {
        var (page, requests) = await app.OpenAsync(Device.Desktop, VideoEpisode);
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) violations.Add(message.Text); };
        await page.WaitForTimeoutAsync(300);
        lock (requests)
            Assert.DoesNotContain(requests, url => url.StartsWith(app.Media.Origin));

        await page.Locator("[data-player-start]").ClickAsync();
        var frame = page.Locator("[data-player] iframe");
        await frame.WaitForAsync();
        Assert.Equal("strict-origin-when-cross-origin", await frame.GetAttributeAsync("referrerpolicy"));
        Assert.StartsWith(app.Media.Origin + "/embed/fXtna7UrL44?", await frame.GetAttributeAsync("src"));
        var embed = page.Frames.First(f => f.Url.StartsWith(app.Media.Origin));
        await embed.WaitForFunctionAsync("() => window.calls.some(c => c.event === 'listening')");

        await page.Locator("[data-chapter-link='5']:visible").First.ClickAsync();
        var chapter = Seconds(await page.Locator("#c-5 .chapter-time").InnerTextAsync());
        await embed.WaitForFunctionAsync($"() => window.calls.some(c => c.func === 'seekTo' && c.args[0] === {chapter})");
        await page.Keyboard.PressAsync("k");
        await embed.WaitForFunctionAsync("() => window.calls.some(c => c.func === 'pauseVideo')");
        var starts = await StartsAsync(ListeningApp.VideoSlug);
        Assert.Equal(SegmentAt(starts, chapter).ToString(), await page.Locator("#transcript [data-speaking]").GetAttributeAsync("data-segment"));
        Assert.Empty(violations);
    }

    [BrowserTheory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task The_playing_player_and_its_marks_have_no_axe_violations(Device device)
    {
        var (page, _) = await app.OpenAsync(device, AudioEpisode + "?t=400");
        await Press(page, device, page.Locator("[data-player-start]"));
        await PlayingAsync(page);
        await page.Mouse.WheelAsync(0, 3000);
        await page.Locator("[data-player-follow]").WaitForAsync();

        // The page around them is scanned in every mode by AccessibilityTests.
        var result = await page.RunAxeAsync(".player-dock", "#transcript [data-speaking]");

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.FirstOrDefault()?.Html})")));
    }

    // ---- Measuring.

    private Task<double[]> StartsAsync(string slug) => app.StartsAsync(slug);

    private async Task<int[]> ChapterAnchorsAsync(string slug)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var timing = await http.GetFromJsonAsync<JsonElement>($"/episodes/{slug}/timing.json");
        return [.. timing.GetProperty("anchors").EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "chapter").Select(a => a.GetProperty("segment").GetInt32())];
    }

    /// <summary>The 1-based segment whose estimated span holds a time.</summary>
    private static int SegmentAt(double[] starts, double seconds)
    {
        var n = 1;
        while (n < starts.Length && starts[n] <= seconds)
            n++;
        return n;
    }

    private static int NextChapterStart(double[] starts, int segment) =>
        Enumerable.Range(segment + 1, starts.Length - segment).First(n => starts[n - 1] >= starts[segment - 1] + 120);

    internal static async Task AssertMarkFollowsAsync(IPage page, double[] starts)
    {
        var seen = await page.EvaluateAsync<JsonElement>("""
            () => ({ t: document.querySelector('[data-player] audio')?.currentTime ?? -1,
                     n: Number(document.querySelector('#transcript [data-speaking]')?.dataset.segment ?? 0) })
            """);
        var t = seen.GetProperty("t").GetDouble();
        var marked = seen.GetProperty("n").GetInt32();
        var allowed = new[] { SegmentAt(starts, t - MarkLagSeconds - RoundTripSeconds), SegmentAt(starts, t) };
        Assert.True(marked >= allowed[0] && marked <= allowed[1], $"at {t:F2} s segment {marked} is marked; the estimate says {allowed[0]}–{allowed[1]}");
    }

    /// <summary>
    /// Scrolls a line into view with the mouse wheel, as a reader would, which pauses following. A scroll of
    /// Playwright's own can fall within the follow scroll's window, and following then takes the page back to
    /// the spoken line before the click lands.
    /// </summary>
    private static async Task WheelToAsync(IPage page, string selector)
    {
        var distance = await page.Locator(selector).EvaluateAsync<double>("e => e.getBoundingClientRect().top - innerHeight / 3");
        await page.Mouse.MoveAsync(Screens.Viewport(Device.Desktop).Width / 2f, Screens.Viewport(Device.Desktop).Height / 2f);
        await page.Mouse.WheelAsync(0, (float)distance);
        await Assertions.Expect(page.Locator("[data-player-follow]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(selector)).ToBeInViewportAsync();
    }

    internal static Task PlayingAsync(IPage page) =>
        page.WaitForFunctionAsync("() => { const a = document.querySelector('[data-player] audio'); return a && !a.paused && a.currentTime > 0; }");

    internal static Task<double> CurrentTimeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => document.querySelector('[data-player] audio').currentTime");

    private static Task<bool> InViewAsync(IPage page, string selector) => page.EvaluateAsync<bool>($$"""
        () => {
            const e = document.querySelector("{{selector}}");
            if (!e) return false;
            const r = e.getBoundingClientRect(), bar = document.querySelector('[data-reading-bar]').getBoundingClientRect();
            const dock = document.querySelector('.player-dock')?.getBoundingClientRect();
            const bottom = dock && dock.left < r.right && dock.right > r.left ? dock.top : innerHeight;
            return r.height > 0 && r.top >= bar.bottom - 2 && r.top < bottom;
        }
        """);

    internal static Task Press(IPage page, Device device, ILocator control) => device == Device.Phone ? control.TapAsync() : control.ClickAsync();

    internal static double Seconds(string time) => time.Trim().Split(':').Select(double.Parse).Aggregate(0d, (total, part) => total * 60 + part);

    private static string FormatTime(double seconds)
    {
        var s = (int)Math.Floor(seconds);
        return s >= 3600 ? $"{s / 3600}:{s / 60 % 60:00}:{s % 60:00}" : $"{s / 60}:{s % 60:00}";
    }
}
