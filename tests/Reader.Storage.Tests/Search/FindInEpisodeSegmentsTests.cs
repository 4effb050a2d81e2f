using Reader.Storage.Search;

namespace Reader.Storage.Tests.Search;

public sealed class FindInEpisodeSegmentsTests
{
    private static readonly FindInEpisodeSegments Segments = new(
    [
        (1, "这个模型的氛围很好。", "The vibes of the model are good."),
        (2, "我们在基准上爬山。", "We hill climb on the benchmarks, near and far."),
        (3, null, "Climb the hill, or AI will aim past it."),
        (4, "模型和基准。", null),
        (5, "", "Models: AND, OR, NEAR."),
    ]);

    [Theory]
    [InlineData("模型", new[] { 1, 4 })]
    [InlineData("模", new[] { 1, 4 })]
    [InlineData("型的", new[] { 1 })]
    [InlineData("模的", new int[0])]
    [InlineData("model", new[] { 1, 5 })]
    [InlineData("bench", new[] { 2 })]
    [InlineData("ai", new[] { 3 })]
    [InlineData("aim", new[] { 3 })]
    [InlineData("ＭＯＤＥＬ", new[] { 1, 5 })]
    public void ATermIsFoundWhereItsTokensStandInARow(string query, int[] segments)
    {
        var found = Segments.Matching(SearchQuery.Parse(query));

        Assert.Equal(segments, found);
    }

    [Theory]
    [InlineData("模型 good", new[] { 1 })]
    [InlineData("基准 bench", new[] { 2 })]
    [InlineData("模型 bench", new int[0])]
    [InlineData("hill climb", new[] { 2, 3 })]
    [InlineData("\"hill climb\"", new[] { 2 })]
    public void EveryTermMustBeInTheChineseOrTheEnglishLine(string query, int[] segments)
    {
        var found = Segments.Matching(SearchQuery.Parse(query));

        Assert.Equal(segments, found);
    }

    [Theory]
    [InlineData("NEAR(", new[] { 2, 5 })]
    [InlineData("AND", new[] { 2, 5 })]
    [InlineData("model OR", new[] { 5 })]
    [InlineData("\"hill climb", new[] { 2 })]
    [InlineData("a* -b", new int[0])]
    [InlineData("模型\u0000\u0007", new[] { 1, 4 })]
    [InlineData("^模型 :model {good}", new[] { 1 })]
    public void SearchSyntaxIsTakenAsText(string query, int[] segments)
    {
        var found = Segments.Matching(SearchQuery.Parse(query));

        Assert.Equal(segments, found);
    }

    [Theory]
    [InlineData("模型 ", new[] { 1, 4 })]
    [InlineData("x", new int[0])]
    public void TenThousandCharactersAreSearchedByTheirStart(string repeated, int[] segments)
    {
        var query = string.Concat(Enumerable.Repeat(repeated, 10_000 / repeated.Length));

        var found = Segments.Matching(SearchQuery.Parse(query));

        Assert.Equal(segments, found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!…")]
    public void NothingToSearchForFindsNothing(string query)
    {
        var found = Segments.Matching(SearchQuery.Parse(query));

        Assert.Empty(found);
    }
}
