using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Components.RenderTree;
using Reader.Web.Components.Reader;
using Reader.Web.Episodes;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Reader;

public sealed class TranscriptViewTests : BunitContext
{
    private readonly EpisodeView episode = SampleEpisode.Create();

    [Theory]
    [InlineData("both", false, new string[0], "both", "false", "")]
    [InlineData("both", true, new string[0], "both", "false", "")]
    [InlineData("zh", true, new string[0], "zh", "true", "")]
    [InlineData("en", false, new[] { "Speaker 1" }, "en", "false", "Speaker 1")]
    [InlineData("en", true, new[] { "Speaker 0", "Speaker 1" }, "en", "true", "Speaker 0,Speaker 1")]
    public void TheContainerCarriesTheReadingMode(string language, bool learning, string[] hidden, string dataLang, string dataLearn, string dataHidden)
    {
        var mode = new ReadingMode(language, learning, hidden);

        var cut = Render<TranscriptView>(p => p.Add(c => c.Episode, episode).Add(c => c.Mode, mode));

        var transcript = cut.Find(".transcript");
        Assert.Equal(dataLang, transcript.GetAttribute("data-lang"));
        Assert.Equal(dataLearn, transcript.GetAttribute("data-learn"));
        Assert.Equal(dataHidden, transcript.GetAttribute("data-hidden-speakers"));
    }

    [Fact]
    public void TheContainerHoldsTheEpisodesTranscript()
    {
        var cut = Render<TranscriptView>(p => p.Add(c => c.Episode, episode).Add(c => c.Mode, ReadingMode.Default));

        var rows = cut.FindAll(".transcript > section .segment");

        Assert.Equal(SampleEpisode.Rows.Count, rows.Count);
        Assert.Equal("transcript", cut.Find(".transcript").Id);
    }

    [Fact]
    public void ChangingTheModeChangesOnlyTheContainersAttributes()
    {
        var cut = Render<TranscriptView>(p => p.Add(c => c.Episode, episode).Add(c => c.Mode, ReadingMode.Default));
        var before = cut.Find(".transcript").InnerHtml;

        cut.Render(p => p.Add(c => c.Mode, new ReadingMode("zh", true, ["Speaker 1"])));

        var transcript = cut.Find(".transcript");
        Assert.Equal(before, transcript.InnerHtml);
        Assert.Equal("zh", transcript.GetAttribute("data-lang"));
        Assert.Equal("true", transcript.GetAttribute("data-learn"));
        Assert.Equal("Speaker 1", transcript.GetAttribute("data-hidden-speakers"));
    }

    [Fact]
    public void TheTranscriptIsTheEpisodesSharedMarkupNotACopy()
    {
        var cut = Render<TranscriptView>(p => p.Add(c => c.Episode, episode).Add(c => c.Mode, ReadingMode.Default));

        var markup = MarkupFramesOf(cut.ComponentId);

        Assert.Contains(markup, content => ReferenceEquals(content, episode.Transcript.Value));
    }

    /// <summary>
    /// The markup strings the component last rendered. Only the render tree shows which string instance went
    /// out (the HTML of a copy looks the same); the renderer keeps that tree behind a protected method.
    /// </summary>
#pragma warning disable BL0006 // Render tree types are framework internals; reading them is the point here.
    private IEnumerable<string> MarkupFramesOf(int componentId)
    {
        var method = typeof(Renderer).GetMethod("GetCurrentRenderTreeFrames", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var frames = (ArrayRange<RenderTreeFrame>)method.Invoke(Renderer, [componentId])!;
        return frames.Array.Take(frames.Count).Where(f => f.FrameType == RenderTreeFrameType.Markup).Select(f => f.MarkupContent).ToList();
    }
#pragma warning restore BL0006
}
