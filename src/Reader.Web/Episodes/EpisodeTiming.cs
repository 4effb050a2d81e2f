using System.Text.Json;
using Reader.Transcripts;
using Reader.Transcripts.Chapters;

namespace Reader.Web.Episodes;

/// <summary>What the player and the follow-along need of an episode: where its media is and how its segments are timed.</summary>
public abstract record PlayerMedia
{
    /// <summary>The episode's file from the media sidecar when it has one (it is the episode itself, the video a companion), else its YouTube video.</summary>
    public static PlayerMedia? For(EpisodeView episode) =>
        episode.Media is { File: not null } own ? new File(own.Kind, $"episodes/{Uri.EscapeDataString(episode.Slug)}/media", own.ContentType, own.Origin)
        : episode.Media is { } file ? new File(file.Kind, file.Url, file.ContentType, file.Origin)
        : VideoLinks.YouTubeId(episode.SourceUrl) is { } id ? new YouTube(id)
        : null;

    public sealed record YouTube(string Id) : PlayerMedia;

    /// <param name="Kind"><c>audio</c> or <c>video</c>.</param>
    /// <param name="Origin">For the reader page's <c>media-src</c>.</param>
    public sealed record File(string Kind, string Url, string? Type, string Origin) : PlayerMedia;
}

/// <summary>
/// The body of <c>/episodes/{slug}/timing.json</c>, which the reader fetches when play is pressed:
/// <code>{ "media": { "kind": "youtube", "id": "…" } | { "kind": "audio"|"video", "url": "…", "type": "…"|null } | null,
///   "speech": [w0 … wN], "anchors": [{ "segment": 1, "seconds": 0, "kind": "chapter"|"cue"|"pin" }, …], "rate": 16.2, "starts": [s1 … sN] }</code>
/// <c>speech[i]</c> is the speech before segment i + 1 (exact: weights are halves), <c>rate</c> the weight per second
/// after the last anchor, <c>starts</c> the estimates in seconds to the millisecond. <c>segment-timing.js</c>
/// recomputes <c>starts</c> from the other three, the same way <see cref="SegmentTiming"/> does.
/// </summary>
public static class EpisodeTiming
{
    public static byte[] Json(EpisodeView episode)
    {
        var utterances = episode.Rows.Select(r => new Utterance(r.Speaker, r.Zh, r.En)).ToList();
        // A timed source's segments are anchors each, at their cues; otherwise the chapters are.
        IReadOnlyList<TimingAnchor> all = episode.Timed
            ? TimingAnchors.Cues(episode.Rows.Select(r => r.StartSeconds!.Value))
            : [.. episode.Chapters.Select(c => new TimingAnchor(c.FirstSegment, c.StartSeconds, AnchorKind.Chapter))];
        // The pins were checked against these chapters at import; one that no longer fits is left out rather than failing the player.
        all = TimingAnchors.Add(all, episode.Pins, utterances.Count, leaveOutRefused: true);
        var sidecar = episode.SourceFile is { } source ? Path.GetFileName(TimingSidecar.SidecarPathFor(source)) : episode.Slug + TimingSidecar.Suffix;
        return Json(PlayerMedia.For(episode), SegmentTiming.Speech(utterances), all, sidecar);
    }

    /// <param name="sidecar">The name the reader's pins download as: the timing sidecar that keeps them for everyone.</param>
    public static byte[] Json(PlayerMedia? media, IReadOnlyList<double> speech, IReadOnlyList<TimingAnchor> anchors, string? sidecar = null)
    {
        var rate = SegmentTiming.AverageRate(speech, anchors);
        var starts = SegmentTiming.Starts(speech, anchors, rate);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("media");
            switch (media)
            {
                case PlayerMedia.YouTube youTube:
                    json.WriteStartObject();
                    json.WriteString("kind", "youtube");
                    json.WriteString("id", youTube.Id);
                    json.WriteEndObject();
                    break;
                case PlayerMedia.File file:
                    json.WriteStartObject();
                    json.WriteString("kind", file.Kind);
                    json.WriteString("url", file.Url);
                    json.WriteString("type", file.Type);
                    json.WriteEndObject();
                    break;
                default:
                    json.WriteNullValue();
                    break;
            }
            json.WriteStartArray("speech");
            foreach (var weight in speech)
                json.WriteNumberValue(weight);
            json.WriteEndArray();
            json.WriteStartArray("anchors");
            foreach (var anchor in anchors)
            {
                json.WriteStartObject();
                json.WriteNumber("segment", anchor.Segment);
                json.WriteNumber("seconds", anchor.Seconds);
                json.WriteString("kind", anchor.Kind switch { AnchorKind.Chapter => "chapter", AnchorKind.Cue => "cue", _ => "pin" });
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("rate", rate);
            if (sidecar is not null)
                json.WriteString("sidecar", sidecar);
            json.WriteStartArray("starts");
            for (var i = 0; i < starts.Length - 1; i++)
                json.WriteNumberValue(Math.Round(starts[i], 3));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
