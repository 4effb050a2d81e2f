using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class EpisodeCacheTests
{
    private static readonly EpisodeView Episode = SampleEpisode.Create();

    [Fact]
    public void AnEpisodeIsFoundAtTheContentHashItWasCachedWith()
    {
        var cache = new EpisodeCache(Episode.EstimatedBytes);

        cache.Add("a", "hash-1", Episode);

        Assert.Same(Episode, cache.Get("a", "hash-1"));
        Assert.Null(cache.Get("a", "hash-2"));
        Assert.Null(cache.Get("b", "hash-1"));
    }

    [Fact]
    public void PastTheBudgetTheLeastRecentlyReadGoFirst()
    {
        var cache = new EpisodeCache(Episode.EstimatedBytes * 2);
        cache.Add("a", "h", Episode);
        cache.Add("b", "h", Episode);
        cache.Get("a", "h");

        var evicted = cache.Add("c", "h", Episode);

        Assert.Equal(["b"], evicted);
        Assert.Equal((2, Episode.EstimatedBytes * 2), (cache.Count, cache.Bytes));
        Assert.NotNull(cache.Get("a", "h"));
    }

    [Fact]
    public void ANewVersionOfAnEpisodeTakesTheOldOnesPlace()
    {
        var cache = new EpisodeCache(Episode.EstimatedBytes * 2);
        cache.Add("a", "old", Episode);

        cache.Add("a", "new", Episode);

        Assert.Equal((1, Episode.EstimatedBytes), (cache.Count, cache.Bytes));
        Assert.Null(cache.Get("a", "old"));
    }

    [Fact]
    public void AnEpisodeBiggerThanTheWholeBudgetIsNotKept()
    {
        var cache = new EpisodeCache(Episode.EstimatedBytes - 1);

        cache.Add("a", "h", Episode);

        Assert.Equal((0, 0L), (cache.Count, cache.Bytes));
    }

    [Fact]
    public void TheEstimateCountsTheTranscriptMarkupAndTheLines()
    {
        var text = SampleEpisode.Rows.Sum(r => (r.Zh?.Length ?? 0) + (r.En?.Length ?? 0));

        Assert.InRange(Episode.EstimatedBytes, 2L * (Episode.Transcript.Value.Length + text), 8L * (Episode.Transcript.Value.Length + text));
    }
}
