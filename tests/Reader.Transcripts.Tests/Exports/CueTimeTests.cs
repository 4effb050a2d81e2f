using Reader.Transcripts.Exports;

namespace Reader.Transcripts.Tests.Exports;

public sealed class CueTimeTests
{
    [Theory]
    [InlineData(0.0, '.', "00:00:00.000")]
    [InlineData(1.5, ',', "00:00:01,500")]
    [InlineData(61.25, '.', "00:01:01.250")]
    [InlineData(10.0 + 1.0 / 3, '.', "00:00:10.333")]
    [InlineData(10.0 + 2.0 / 3, ',', "00:00:10,667")]
    [InlineData(59.9996, '.', "00:01:00.000")]
    [InlineData(3723.4567, ',', "01:02:03,457")]
    [InlineData(36000.0, '.', "10:00:00.000")]
    [InlineData(360000.0, '.', "100:00:00.000")]
    public void SecondsAreWrittenAsHoursMinutesSecondsAndMilliseconds(double seconds, char separator, string expected)
    {
        var text = CueTime.Format(seconds, separator);

        Assert.Equal(expected, text);
    }
}
