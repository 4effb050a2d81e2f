namespace Reader.Transcripts.Tests;

public sealed class ChapterTimeTests
{
    [Theory]
    [InlineData("0:00", 0)]
    [InlineData("2:00", 120)]
    [InlineData("4:16", 256)]
    [InlineData("48:37", 2917)]
    [InlineData("75:05", 4505)]
    [InlineData("1:02:03", 3723)]
    [InlineData("0:05:00", 300)]
    [InlineData("12:00:00", 43200)]
    public void MinutesAndSecondsOrHoursMinutesAndSecondsAreRead(string text, int seconds)
    {
        var parsed = ChapterTime.TryParse(text, out var result);

        Assert.True(parsed);
        Assert.Equal(seconds, result);
    }

    [Theory]
    [InlineData("7:99")]
    [InlineData("1:60")]
    [InlineData("1:5")]
    [InlineData("1:005")]
    [InlineData("1:60:00")]
    [InlineData("1:00:60")]
    [InlineData("1:0:00")]
    [InlineData("a:bc")]
    [InlineData("1:0a")]
    [InlineData("")]
    [InlineData("5")]
    [InlineData(":30")]
    [InlineData("1:")]
    [InlineData("1::00")]
    [InlineData("1:00:00:00")]
    [InlineData("-1:00")]
    [InlineData(" 1:00")]
    [InlineData("1:00 ")]
    [InlineData("١:٠٠")]
    public void MalformedTimesAreRejected(string text)
    {
        var parsed = ChapterTime.TryParse(text, out _);

        Assert.False(parsed);
    }

    [Theory]
    [InlineData("99999999999:00")]
    [InlineData("35791395:00")]
    [InlineData("596524:00:00")]
    public void TimesBeyondTheRangeOfSecondsAreRejected(string text)
    {
        var parsed = false;

        var error = Record.Exception(() => parsed = ChapterTime.TryParse(text, out _));

        Assert.Null(error);
        Assert.False(parsed);
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(9, "0:09")]
    [InlineData(125, "2:05")]
    [InlineData(2917, "48:37")]
    [InlineData(3599, "59:59")]
    [InlineData(3600, "1:00:00")]
    [InlineData(3723, "1:02:03")]
    [InlineData(90000, "25:00:00")]
    public void TimesAreFormattedAsMinutesBelowAnHourAndHoursFromThereOn(int seconds, string text)
    {
        var formatted = ChapterTime.Format(seconds);

        Assert.Equal(text, formatted);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData(3599)]
    [InlineData(3600)]
    [InlineData(86399)]
    public void FormattedTimesParseBack(int seconds)
    {
        ChapterTime.TryParse(ChapterTime.Format(seconds), out var parsed);

        Assert.Equal(seconds, parsed);
    }
}
