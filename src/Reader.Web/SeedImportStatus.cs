namespace Reader.Web;

/// <summary>How far the start's import of the seeds folder is, for the library page and for tests that wait on it.</summary>
public sealed class SeedImportStatus
{
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

    public void Fail(Exception exception)
    {
        importing = false;
        completed.TrySetException(exception);
    }
}
