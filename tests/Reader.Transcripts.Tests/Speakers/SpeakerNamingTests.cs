using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests.Speakers;

public sealed class SpeakerNamingTests
{
    private const string Show = "Google AI: Release Notes";
    private const string TitleZh = "科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”";
    private const string TitleEn = "Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”";
    private const string Summary = "加入Logan Kilpatrick与谷歌DeepMind首席技术官兼谷歌首席AI架构师Koray Kavukcuoglu,共同探讨Gemini 3与人工智能发展现状!";

    [Fact]
    public void HostIsWhoeverSaysMyNameIs()
    {
        Utterance[] utterances =
        [
            new("Speaker 1", "大家好。", "Hey, everyone."),
            new("Speaker 0", "我来自DeepMind团队。", "My name is Logan Kilpatrick. I'm on the DeepMind team."),
        ];

        var speakers = SpeakerNaming.Infer(Show, TitleZh, TitleEn, Summary, utterances);

        Assert.Equal(new Speaker("Speaker 0", "Logan Kilpatrick", SpeakerRole.Host), speakers[0]);
    }

    [Fact]
    public void HostIsWhoeverIntroducesThemselfInChinese()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", "谢谢。", "Thanks."),
            new("Speaker 1", "我是Logan Kilpatrick。", null),
        ];

        var speakers = SpeakerNaming.Infer(Show, TitleZh, TitleEn, Summary, utterances);

        Assert.Equal(new Speaker("Speaker 1", "Logan Kilpatrick", SpeakerRole.Host), speakers[1]);
    }

    [Fact]
    public void HostIsWhoeverWelcomesListenersBackToTheShow()
    {
        Utterance[] utterances =
        [
            new("Speaker 1", "嗨。", "Hi."),
            new("Speaker 0", "欢迎回到Release Notes。", "Welcome back to Release Notes."),
            new("Speaker 1", "谢谢。", "Thanks."),
        ];

        var speakers = SpeakerNaming.Infer(Show, TitleZh, TitleEn, Summary, utterances);

        Assert.Equal(new Speaker("Speaker 0", "Speaker 0", SpeakerRole.Host), speakers[0]);
        Assert.Equal(SpeakerRole.Guest, speakers[1].Role);
    }

    [Fact]
    public void HostTakesTheSummarysSpellingOfTheirName()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", "我是洛根。", "My name is Logan Kilpatric."),
            new("Speaker 1", "谢谢。", "Thanks."),
        ];

        var speakers = SpeakerNaming.Infer(Show, TitleZh, TitleEn, "Join Logan Kilpatrick and Koray Kavukcuoglu to talk about Gemini 3.", utterances);

        Assert.Equal("Logan Kilpatrick", speakers[0].Name);
    }

    [Fact]
    public void GuestIsNamedAsTheEnglishTitleSpellsThemNotAsTheTranscriptGarblesThem()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", "我是Logan Kilpatrick。", "My name is Logan Kilpatrick. Today it's an honor to be joined by Kory Kavachulu."),
            new("Speaker 1", "谢谢邀请。", "Thanks for inviting."),
        ];

        var speakers = SpeakerNaming.Infer(Show, TitleZh, TitleEn, "", utterances);

        Assert.Equal(new Speaker("Speaker 1", "Koray Kavukcuoglu", SpeakerRole.Guest), speakers[1]);
    }

    [Fact]
    public void GuestIsTheOtherPersonTheSummaryNamesWhenTheTitleNamesNobody()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", "我是Logan Kilpatrick。", "My name is Logan Kilpatrick."),
            new("Speaker 1", "谢谢邀请。", "Thanks for inviting."),
        ];

        var speakers = SpeakerNaming.Infer(Show, "如何打造通用人工智能", "How We Build AGI", "Join Logan Kilpatrick and Koray Kavukcuoglu to talk about Gemini 3.", utterances);

        Assert.Equal("Koray Kavukcuoglu", speakers[1].Name);
    }

    [Fact]
    public void NamesWrittenWithinChineseTextOfTheSummaryAreFound()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", "我是Logan Kilpatrick。", "My name is Logan Kilpatrick."),
            new("Speaker 1", "谢谢邀请。", "Thanks for inviting."),
        ];

        var speakers = SpeakerNaming.Infer(Show, "如何打造通用人工智能", "How We Build AGI", Summary, utterances);

        Assert.Equal("Koray Kavukcuoglu", speakers[1].Name);
    }

    [Fact]
    public void HostIntroducedByFirstNameIsNotAlsoNamedAsTheGuest()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", "我是Logan,这里是Release Notes。", "My name is Logan and this is Release Notes."),
            new("Speaker 1", "谢谢邀请。", "Thanks for inviting."),
        ];

        var speakers = SpeakerNaming.Infer(Show, "如何打造通用人工智能", "How We Build AGI", "Join Logan Kilpatrick and Koray Kavukcuoglu to talk about Gemini 3.", utterances);

        Assert.Equal("Koray Kavukcuoglu", speakers[1].Name);
    }

    [Fact]
    public void SpeakersKeepTheirLabelsWhenNobodyIntroducesThemself()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", "你好。", "Hello."),
            new("Speaker 1", "嗨。", "Hi."),
        ];

        var speakers = SpeakerNaming.Infer(Show, TitleZh, TitleEn, Summary, utterances);

        Assert.Equal([new Speaker("Speaker 0", "Speaker 0", SpeakerRole.Unknown), new Speaker("Speaker 1", "Speaker 1", SpeakerRole.Unknown)], speakers);
    }

    [Fact]
    public void SeveralGuestsKeepTheirLabels()
    {
        Utterance[] utterances =
        [
            new("Speaker 0", "我是Logan Kilpatrick。", "My name is Logan Kilpatrick."),
            new("Speaker 1", "谢谢。", "Thanks."),
            new("Speaker 2", "谢谢邀请。", "Thanks for having us."),
        ];

        var speakers = SpeakerNaming.Infer(Show, TitleZh, TitleEn, Summary, utterances);

        Assert.Equal(new Speaker("Speaker 1", "Speaker 1", SpeakerRole.Guest), speakers[1]);
        Assert.Equal(new Speaker("Speaker 2", "Speaker 2", SpeakerRole.Guest), speakers[2]);
    }

    [Fact]
    public void SpeakersAreOrderedByTheirNumber()
    {
        Utterance[] utterances =
        [
            new("Speaker 10", "你好。", "Hello."),
            new("Speaker 2", "嗨。", "Hi."),
            new("Speaker 0", "嗨。", "Hi."),
        ];

        var speakers = SpeakerNaming.Infer(Show, TitleZh, TitleEn, Summary, utterances);

        Assert.Equal(["Speaker 0", "Speaker 2", "Speaker 10"], speakers.Select(s => s.Label));
    }

    [Theory]
    [InlineData("Logan Kilpatrick", "logan kilpatrick", true)]
    [InlineData("Logan Kilpatrick", "Logan Kilpatric", true)]
    [InlineData("Koray Kavukcuoglu", "Koray Kavukcuoğlu", true)]
    [InlineData("Koray Kavukcuoglu", "Kory Kavachulu", false)]
    [InlineData("Logan Kilpatrick", "Logan", true)]
    [InlineData("Logan Kilpatrick", "Koray Kavukcuoglu", false)]
    public void NamesResembleWhenTheyDifferByAFewLettersOrOneHoldsTheOther(string a, string b, bool resemble)
    {
        var result = SpeakerNaming.Resembles(a, b);

        Assert.Equal(resemble, result);
    }
}
