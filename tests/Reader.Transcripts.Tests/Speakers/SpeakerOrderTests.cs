using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests.Speakers;

public sealed class SpeakerOrderTests
{
    [Fact]
    public void TheHostComesFirstThenTheOthersByTheNumberOfTheirLabel()
    {
        Speaker[] speakers =
        [
            new("Speaker 10", "Speaker 10", SpeakerRole.Guest),
            new("Speaker 0", "Speaker 0", SpeakerRole.Unknown),
            new("Speaker 2", "Logan Kilpatrick", SpeakerRole.Host),
            new("Speaker 1", "Speaker 1", SpeakerRole.Guest),
        ];

        var ordered = SpeakerOrder.Sort(speakers);

        Assert.Equal(["Speaker 2", "Speaker 0", "Speaker 1", "Speaker 10"], ordered.Select(s => s.Label));
    }

    [Fact]
    public void LabelsWithoutANumberComeAfterTheNumberedOnesByTheirText()
    {
        string[] labels = ["Narrator", "Speaker 3", "Announcer", "Speaker 1"];

        var ordered = labels.Order(SpeakerOrder.Labels);

        Assert.Equal(["Speaker 1", "Speaker 3", "Announcer", "Narrator"], ordered);
    }

    [Fact]
    public void SeveralHostsKeepTheirLabelOrderAmongThemselves()
    {
        Speaker[] speakers =
        [
            new("Speaker 0", "Speaker 0", SpeakerRole.Guest),
            new("Speaker 3", "Speaker 3", SpeakerRole.Host),
            new("Speaker 1", "Speaker 1", SpeakerRole.Host),
        ];

        var ordered = SpeakerOrder.Sort(speakers);

        Assert.Equal(["Speaker 1", "Speaker 3", "Speaker 0"], ordered.Select(s => s.Label));
    }
}
