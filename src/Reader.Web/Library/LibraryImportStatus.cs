namespace Reader.Web.Library;

/// <summary>
/// How far the start's import of the library's files is, for the library page and for tests that wait on it;
/// and what the watcher brought in or took out since, newest first, for the library to say so.
/// </summary>
public sealed class LibraryImportStatus
{
    private const int KeptChanges = 5;
    private readonly Lock changesLock = new();
    private List<LibraryChange> changes = [];

    private readonly TaskCompletionSource completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int total;
    private int done;
    private volatile bool importing;

    /// <summary>Done when the import has gone through every file (failed, when the import itself could not run).</summary>
    public Task Completed => completed.Task;

    /// <summary>Files imported so far and files in all, while the import runs; null before and after.</summary>
    public (int Done, int Total)? Progress => importing ? (Volatile.Read(ref done), Volatile.Read(ref total)) : null;

    public void Start(int files)
    {
        Volatile.Write(ref total, files);
        Volatile.Write(ref done, 0);
        importing = files > 0;
    }

    public void Imported() => Interlocked.Increment(ref done);

    public void Finish()
    {
        importing = false;
        completed.TrySetResult();
    }

    /// <summary>The latest changes the watcher made, newest first.</summary>
    public IReadOnlyList<LibraryChange> Changes
    {
        get
        {
            lock (changesLock)
                return changes;
        }
    }

    /// <summary>Announces each change as the watcher makes it (after <see cref="Changes"/> holds it).</summary>
    public event Action<LibraryChange>? ChangeMade;

    public void Changed(LibraryChange change)
    {
        lock (changesLock)
            changes = [change, .. changes.Take(KeptChanges - 1)];
        ChangeMade?.Invoke(change);
    }

    public void Fail(Exception exception)
    {
        importing = false;
        completed.TrySetException(exception);
    }

    /// <summary>Why the start's import did not run (a read-only database); null when it did.</summary>
    public string? SkippedBecause { get; private set; }

    public void Skip(string reason)
    {
        SkippedBecause = reason;
        Finish();
    }

    /// <summary>Raised when the files should be imported again as a whole (into a database reopened after a replacement).</summary>
    public event Action? ResyncRequested;

    public void RequestResync() => ResyncRequested?.Invoke();
}

/// <param name="Slug">The episode, when it is still there to link to.</param>
/// <param name="Message">What happened, as the library says it.</param>
public sealed record LibraryChange(DateTime AtUtc, string? Slug, string Message);
