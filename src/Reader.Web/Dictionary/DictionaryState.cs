using Reader.Dictionary;

namespace Reader.Web.Dictionary;

/// <summary>Whether lookups can be answered yet: the dictionary is imported (or being imported, or not installed) at start.</summary>
public sealed class DictionaryState
{
    private readonly TaskCompletionSource settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Lexicon? lexicon;
    private volatile string unavailable = "The dictionary is being imported; try again in a few seconds.";

    /// <summary>The lexicon once the dictionary is ready; null before, or when it cannot be.</summary>
    public Lexicon? Lexicon => lexicon;

    /// <summary>Why lookups cannot be answered, while <see cref="Lexicon"/> is null.</summary>
    public string Unavailable => unavailable;

    /// <summary>Done once the dictionary is ready or known to be unavailable; for tests that wait on it.</summary>
    public Task Settled => settled.Task;

    public void Ready(Lexicon ready)
    {
        lexicon = ready;
        settled.TrySetResult();
    }

    public void NotAvailable(string reason)
    {
        unavailable = reason;
        settled.TrySetResult();
    }
}
