using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Tests.Chapters;

public sealed class ChapterPlacementTests
{
    private const string Host = "Speaker 0";
    private const string Guest = "Speaker 1";

    private static readonly Lazy<int[]> seedPlacement = new(() => ChapterPlacement.Place(SeedMarks, Seed.Utterances, Host));

    private static IReadOnlyList<ChapterMark> SeedMarks => [.. Seed.Transcript.Chapters.Select(c => new ChapterMark(c.StartSeconds, c.Title))];

    // The seed

    [Fact]
    public void NanoBananaProChapterStartsWhereTheHostBringsItUp()
    {
        var expected = IndexOfEnglish("We should talk about, Nano Banana Pro");

        var placement = seedPlacement.Value;

        Assert.Equal("Nano Banana Pro功能", SeedMarks[10].Title);
        Assert.Equal(329, expected);
        Assert.Equal(expected, placement[10]);
    }

    [Fact]
    public void ChiefAiArchitectChapterStartsWhereTheHostAsksAboutTheRole()
    {
        var expected = IndexOfEnglish("In your new Chief AI Architect role");

        var placement = seedPlacement.Value;

        Assert.Equal("首席AI架构师角色", SeedMarks[5].Title);
        Assert.Equal(159, expected);
        Assert.Equal(expected, placement[5]);
    }

    [Fact]
    public void SeedChapterStartsDoNotRegressFromTheReviewedPlacement()
    {
        var placement = seedPlacement.Value;

        Assert.Equal([1, 36, 51, 99, 137, 159, 184, 220, 246, 264, 329, 354, 457, 475, 507, 543, 589], placement);
    }

    [Fact]
    public void ParserPutsChaptersWherePlacementDoes()
    {
        var chapters = Seed.Transcript.Chapters;

        Assert.Equal(seedPlacement.Value, chapters.Select(c => c.FirstSegment));
    }

    [Fact]
    public void PlacementIsAPureFunction()
    {
        var again = ChapterPlacement.Place(SeedMarks, Seed.Utterances, Host);

        Assert.Equal(seedPlacement.Value, again);
    }

    // Small synthetic conversations

    [Fact]
    public void FirstChapterStartsAtTheFirstSegment()
    {
        var utterances = Conversation(20);
        ChapterMark[] chapters = [new(0, "开场"), new(60, "未来")];

        var placement = ChapterPlacement.Place(chapters, utterances, Host);

        Assert.Equal(1, placement[0]);
    }

    [Fact]
    public void PlacementIsStrictlyIncreasing()
    {
        var utterances = Conversation(40);
        ChapterMark[] chapters = [.. Enumerable.Range(0, 10).Select(k => new ChapterMark(k * 25, $"第{k + 1}部分"))];

        var placement = ChapterPlacement.Place(chapters, utterances, Host);

        Assert.Equal(10, placement.Length);
        Assert.All(placement.Zip(placement.Skip(1)), p => Assert.True(p.First < p.Second, $"{p.First} is not before {p.Second}"));
        Assert.InRange(placement[^1], 1, 40);
    }

    [Fact]
    public void ChaptersCrowdedIntoTheFirstSegmentsStillStartAtDistinctSegments()
    {
        var utterances = Conversation(12);
        ChapterMark[] chapters = [new(0, "开场"), new(1, "二"), new(2, "三"), new(3, "四"), new(600, "五")];

        var placement = ChapterPlacement.Place(chapters, utterances, Host);

        Assert.Equal(placement.Length, placement.Distinct().Count());
        Assert.Equal(placement.Order(), placement);
    }

    [Fact]
    public void AsManyChaptersAsSegmentsTakeOneSegmentEach()
    {
        var utterances = Conversation(5);
        ChapterMark[] chapters = [new(0, "一"), new(10, "二"), new(20, "三"), new(30, "四"), new(40, "五")];

        var placement = ChapterPlacement.Place(chapters, utterances, Host);

        Assert.Equal([1, 2, 3, 4, 5], placement);
    }

    [Fact]
    public void NoChaptersGiveNoPlacement()
    {
        var placement = ChapterPlacement.Place([], Conversation(5), Host);

        Assert.Empty(placement);
    }

    [Fact]
    public void MoreChaptersThanSegmentsAreRejected()
    {
        ChapterMark[] chapters = [new(0, "一"), new(10, "二"), new(20, "三")];

        Assert.Throws<ArgumentException>(() => ChapterPlacement.Place(chapters, Conversation(2), Host));
    }

    [Fact]
    public void TitleWordPullsTheChapterToTheHostTurnThatIntroducesIt()
    {
        var utterances = Conversation(30);
        utterances[20] = new(Host, "我们聊聊量子计算机吧。今年你那边有什么变化?", "Let's talk about quantum computers now. What changed for you this year there?");
        utterances[21] = new(Guest, "量子计算机今年对我们变化很大,主要在硬件方面。", "Quantum computers changed a lot for us this year, mostly on the hardware side.");
        utterances[23] = new(Guest, "量子纠错是接下来最重要的事情,我们一直在研究。", "Quantum error correction is the next big thing, and we keep working on it.");
        ChapterMark[] chapters = [new(0, "开场"), new(90, "Quantum Computers")];

        var placement = ChapterPlacement.Place(chapters, utterances, Host);

        Assert.Equal(21, placement[1]);
    }

    [Fact]
    public void WithoutTitleWordsTheChapterFallsNearItsTime()
    {
        var utterances = Conversation(30);
        ChapterMark[] chapters = [new(0, "开场"), new(90, "Quantum Computers")];

        var placement = ChapterPlacement.Place(chapters, utterances, Host);

        Assert.InRange(placement[1], 11, 19);
    }

    [Fact]
    public void HanTitleWordsAreFoundInTheChineseLine()
    {
        var utterances = Conversation(30);
        utterances[20] = new(Host, "说到你的新角色,首席架构师到底要做什么?", "About your new role, what does the chief architect actually do?");
        utterances[21] = new(Guest, "这个角色主要是把模型和产品连起来。", "The role is mostly about connecting models and products.");
        ChapterMark[] chapters = [new(0, "开场"), new(90, "首席架构师角色")];

        var placement = ChapterPlacement.Place(chapters, utterances, Host);

        Assert.Equal(21, placement[1]);
    }

    [Fact]
    public void InterjectionsAreNotChosenAsChapterStarts()
    {
        var utterances = Conversation(40);
        int[] interjections = [8, 16, 24, 32];
        foreach (var i in interjections)
            utterances[i] = new(Host, "是的。", "Yeah.");
        ChapterMark[] chapters = [new(0, "开场"), new(48, "一"), new(96, "二"), new(144, "三"), new(192, "四")];

        var placement = ChapterPlacement.Place(chapters, utterances, Host);

        Assert.DoesNotContain(placement, p => interjections.Contains(p - 1));
    }

    [Theory]
    [InlineData("Yeah.")]
    [InlineData("Of course.")]
    [InlineData("I love it. Thank you.")]
    [InlineData("Yeah, yeah. Totally.")]
    public void InterjectionsAreNotCandidates(string interjection)
    {
        var utterances = Conversation(30);
        utterances[14] = new(Host, "是的。", interjection);

        var candidates = ChapterPlacement.Explain(new ChapterMark(90, "未来"), new SpokenText(utterances), Host, rate: 16, minimum: 1, maximum: 29);

        Assert.DoesNotContain(candidates, c => c.Segment == 14);
        Assert.Contains(candidates, c => c.Segment == 15);
    }

    private static int IndexOfEnglish(string start) =>
        Seed.Transcript.Segments.Single(s => s.En?.StartsWith(start, StringComparison.Ordinal) == true).Index;

    /// <summary>A host asking and a guest answering in turn, every segment alike, so only what a test changes stands out.</summary>
    private static List<Utterance> Conversation(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => i % 2 == 0
            ? new Utterance(Host, "那次发布之后,团队是怎么决定下一步要做什么的?", "And how did the team decide what to build next after that launch, in your view?")
            : new Utterance(Guest, "我们观察大家在做什么,跟着早期用户给出的信号走。", "We looked at what people were building and followed the signal from early users.")),
    ];
}
