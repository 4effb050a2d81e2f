namespace Reader.Transcripts.Tests;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "0 warnings")]
    [InlineData(1, "1 warning")]
    [InlineData(2, "2 warnings")]
    [InlineData(1234, "1234 warnings")]
    public void ACountTakesTheSingularOnlyForOne(long count, string expected)
    {
        Assert.Equal(expected, Counted.Of(count, "warning"));
    }

    [Theory]
    [InlineData(1, "1 match")]
    [InlineData(3, "3 matches")]
    public void AnIrregularPluralIsGiven(long count, string expected)
    {
        Assert.Equal(expected, Counted.Of(count, "match", "matches"));
    }
}
