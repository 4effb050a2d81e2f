namespace Reader.Web.Episodes;

/// <summary>
/// The episodes kept ready for reading, within a budget of bytes (<see cref="EpisodeView.EstimatedBytes"/>):
/// past it, the least recently read go first. An episode bigger than the whole budget is not kept.
/// </summary>
public sealed class EpisodeCache(long budgetBytes)
{
    public const int DefaultMegabytes = 64;

    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> bySlug = new(StringComparer.Ordinal);

    // Most recently read first.
    private readonly LinkedList<Entry> recency = new();

    public long BudgetBytes { get; } = budgetBytes;

    public long Bytes { get; private set; }

    public int Count
    {
        get
        {
            lock (gate)
                return bySlug.Count;
        }
    }

    /// <summary>The episode as cached, if it was cached at this content hash.</summary>
    public EpisodeView? Get(string slug, string contentHash)
    {
        lock (gate)
        {
            if (!bySlug.TryGetValue(slug, out var node) || node.Value.ContentHash != contentHash)
                return null;
            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.View;
        }
    }

    /// <summary>Keeps the episode, replacing an older version of it; returns the slugs evicted to make room.</summary>
    public IReadOnlyList<string> Add(string slug, string contentHash, EpisodeView view)
    {
        var size = view.EstimatedBytes;
        var evicted = new List<string>();
        lock (gate)
        {
            if (bySlug.TryGetValue(slug, out var old))
                Remove(old);
            if (size > BudgetBytes)
                return evicted;
            while (Bytes + size > BudgetBytes && recency.Last is { } last)
            {
                evicted.Add(last.Value.Slug);
                Remove(last);
            }
            bySlug[slug] = recency.AddFirst(new Entry(slug, contentHash, view, size));
            Bytes += size;
        }
        return evicted;
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        recency.Remove(node);
        bySlug.Remove(node.Value.Slug);
        Bytes -= node.Value.Bytes;
    }

    private sealed record Entry(string Slug, string ContentHash, EpisodeView View, long Bytes);
}
