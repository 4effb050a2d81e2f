using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Tests.Chapters;

public sealed class SpokenTextTests
{
    // Interjections, fragments, short and long sentences, questions, from two speakers: every kind of turn.
    private static readonly string[] Lines =
    [
        "Yeah.", "Of course.", "at,", "did you join", "That is a fair point.", "What do you think?",
        "So we trained the model on a much larger mixture of data, and the results surprised everyone on the team, honestly.",
        new string('a', 120),
    ];

    [Fact]
    public void FirstLongOfTurnAgreesWithWalkingBackThroughTheTurn()
    {
        var random = new Random(11);
        var utterances = Enumerable.Range(0, 2000)
            .Select(_ => new Utterance($"Speaker {random.Next(2)}", "中文。", Lines[random.Next(Lines.Length)]))
            .ToList();
        var text = new SpokenText(utterances);

        // Asked in a scattered order, as chapter placement asks, so that the kept answers are used.
        var order = Enumerable.Range(0, utterances.Count).OrderBy(_ => random.Next()).ToList();

        Assert.All(order, i => Assert.Equal(WalkingBack(text, i), text.FirstLongOfTurn(i)));
        Assert.All(order, i => Assert.Equal(OpensTurnWalkingBack(text, i), text.OpensTurn(i)));
    }

    private static bool WalkingBack(SpokenText text, int i)
    {
        if (text.EnglishLength(i) < SpokenText.LongSegment)
            return false;
        for (var j = i - 1; j >= 0; j--)
        {
            if (text.IsMinor(j))
                continue;
            if (text.Speaker(j) != text.Speaker(i))
                return true;
            if (text.EnglishLength(j) >= SpokenText.LongSegment || text.HasTopicCue(j))
                return false;
        }
        return true;
    }

    private static bool OpensTurnWalkingBack(SpokenText text, int i)
    {
        if (text.IsMinor(i))
            return false;
        for (var j = i - 1; j >= 0; j--)
        {
            if (!text.IsMinor(j))
                return text.Speaker(j) != text.Speaker(i);
        }
        return true;
    }
}
