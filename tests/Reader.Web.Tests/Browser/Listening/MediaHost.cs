using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Reader.Web.Tests.Browser.Listening;

/// <summary>
/// Another origin on the loopback, standing in for the hosts a player talks to: a podcast's audio file (a
/// silent WAV made here) and YouTube's embed, a page that speaks the embed's postMessage protocol and keeps
/// every message it receives in <c>window.calls</c>. No test reaches the real hosts.
/// </summary>
public sealed class MediaHost : IAsyncDisposable
{
    public const string AudioPath = "/episode.wav";
    public const int AudioSeconds = 3300;

    private readonly WebApplication app;

    private MediaHost(WebApplication app, string origin)
    {
        this.app = app;
        Origin = origin;
    }

    public string Origin { get; }

    public string AudioUrl => Origin + AudioPath;

    public static async Task<MediaHost> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var wav = SilentWav(AudioSeconds);
        app.MapGet(AudioPath, () => Results.File(wav, "audio/wav", enableRangeProcessing: true));
        app.MapGet("/embed/{id}", () => Results.Content(EmbedStandIn, "text/html; charset=utf-8"));
        await app.StartAsync();
        return new MediaHost(app, $"http://127.0.0.1:{port}");
    }

    /// <summary>Silence, 8 kHz 8-bit mono: 8 KB a second, enough for an hour in memory.</summary>
    public static byte[] SilentWav(int seconds)
    {
        const int Rate = 8000;
        var data = Rate * seconds;
        var wav = new byte[44 + data];
        using var writer = new BinaryWriter(new MemoryStream(wav));
        writer.Write("RIFF"u8);
        writer.Write(36 + data);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(Rate);
        writer.Write(Rate);
        writer.Write((short)1);
        writer.Write((short)8);
        writer.Write("data"u8);
        writer.Write(data);
        Array.Fill(wav, (byte)128, 44, data);
        return wav;
    }

    // The embed's side of the protocol, as much as the reader uses: it answers "listening" with its ready
    // events, obeys playVideo/pauseVideo/seekTo on a simulated clock, and reports the time every 250 ms.
    private const string EmbedStandIn = """
        <!doctype html>
        <html><head><title>YouTube stand-in</title></head>
        <body style="margin:0;background:#111;color:#eee;font:14px sans-serif"><p id="state">stand-in</p>
        <script>
        window.calls = [];
        const query = new URLSearchParams(location.search);
        let time = Number(query.get("start") || 0), state = -1, at = performance.now(), ready = false;
        const now = () => state === 1 ? time + (performance.now() - at) / 1000 : time;
        const send = message => parent.postMessage(JSON.stringify(message), "*");
        const info = () => send({ event: "infoDelivery", info: { currentTime: now(), playerState: state } });
        function set(next) {
            time = now(); at = performance.now(); state = next;
            document.getElementById("state").textContent = "state " + next;
            send({ event: "onStateChange", info: next });
            info();
        }
        addEventListener("message", event => {
            let data;
            try { data = JSON.parse(event.data); } catch { return; }
            window.calls.push(data);
            if (data.event === "listening" && !ready) {
                ready = true;
                send({ event: "initialDelivery", info: { currentTime: now(), playerState: state } });
                send({ event: "onReady", info: {} });
                if (query.get("autoplay") === "1") set(1);
            } else if (data.event === "command") {
                if (data.func === "playVideo") set(1);
                if (data.func === "pauseVideo") set(2);
                if (data.func === "seekTo") { time = data.args[0]; at = performance.now(); info(); }
            }
        });
        setInterval(() => { if (ready) info(); }, 250);
        </script></body></html>
        """;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
