using Reader.Dictionary;

namespace Reader.Web.Dictionary;

/// <summary>
/// Whether lookups can be answered yet: the dictionary is imported (or being imported, or not installed) at start,
/// and after a failed import it is tried again at <see cref="RetryAt"/>, which lookups' 503 carries as <c>Retry-After</c>.
/// </summary>
public sealed class DictionaryState
{
    private readonly TaskCompletionSource settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private TaskCompletionSource retryNow = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Lexicon? lexicon;
    private volatile Unavailability unavailable = new("The dictionary is being imported; try again in a few seconds.", null);

    /// <summary>The lexicon once the dictionary is ready; null before, or when it cannot be.</summary>
    public Lexicon? Lexicon => lexicon;

    /// <summary>Why lookups cannot be answered, while <see cref="Lexicon"/> is null.</summary>
    public string Unavailable => unavailable.Reason;

    /// <summary>When the next import is tried, after one failed; null while none is scheduled (importing, not installed, ready).</summary>
    public DateTimeOffset? RetryAt => unavailable.RetryAt;

    /// <summary>Done once the dictionary is ready or known to be unavailable for the first time; for tests that wait on it.</summary>
    public Task Settled => settled.Task;

    /// <summary>Done once the dictionary is ready, on the first import or a later try.</summary>
    public Task WhenReady => ready.Task;

    public void Ready(Lexicon loaded)
    {
        lexicon = loaded;
        unavailable = new("", null);
        ready.TrySetResult();
        settled.TrySetResult();
    }

    /// <param name="retryAt">When the import is tried again, or null when it is not (the package is not installed).</param>
    public void NotAvailable(string reason, DateTimeOffset? retryAt = null)
    {
        unavailable = new(reason, retryAt);
        settled.TrySetResult();
    }

    /// <summary>The scheduled try has begun: no retry is pending while it runs.</summary>
    public void Retrying() => unavailable = new("The dictionary is being imported again; try again in a few seconds.", null);

    /// <summary>Brings the scheduled try forward to now (tests; an operator who freed the disk could be given it too).</summary>
    public void RetryNow()
    {
        lock (gate)
            retryNow.TrySetResult();
    }

    /// <summary>Waits until <paramref name="delay"/> has passed or <see cref="RetryNow"/> is called; throws when the app stops.</summary>
    internal async Task WaitForRetryAsync(TimeSpan delay, CancellationToken stopping)
    {
        Task signal;
        lock (gate)
            signal = retryNow.Task;
        await Task.WhenAny(Task.Delay(delay, stopping), signal);
        stopping.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (retryNow.Task.IsCompleted)
                retryNow = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private sealed record Unavailability(string Reason, DateTimeOffset? RetryAt);
}
