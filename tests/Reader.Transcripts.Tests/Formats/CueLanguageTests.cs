using Reader.Transcripts.Formats;

namespace Reader.Transcripts.Tests.Formats;

public sealed class CueLanguageTests
{
    [Theory]
    [InlineData(new[] { "你好。", "Hello." }, "你好。", "Hello.")]
    [InlineData(new[] { "Hello.", "你好。" }, "你好。", "Hello.")]
    [InlineData(new[] { "我们开始吧。", "Let's get", "started." }, "我们开始吧。", "Let's get started.")]
    [InlineData(new[] { "我们开始", "吧。", "Go." }, "我们开始吧。", "Go.")]
    [InlineData(new[] { "我们用 GPU", "training 模型", "We train on GPUs." }, "我们用 GPU training 模型", "We train on GPUs.")]
    [InlineData(new[] { "只有中文。" }, "只有中文。", null)]
    [InlineData(new[] { "Gemini 3." }, null, "Gemini 3.")]
    [InlineData(new[] { "一", "One", "二" }, "一二", "One")]
    public void CueLinesSplitIntoChineseAndEnglishByTheirCharacters(string[] lines, string? zh, string? en)
    {
        var split = CueLanguage.Split(lines);

        Assert.Equal((zh, en), split);
    }
}
