using Reader.Web.Library;

namespace Reader.Web.Tests.Library;

/// <summary>Waits for the watcher to announce a change, instead of asking the app again and again.</summary>
internal static class LibraryChanges
{
    /// <summary>The first change that matches, from now on: call it before doing what should cause the change.</summary>
    public static Task<LibraryChange> NextAsync(LibraryImportStatus status, Func<LibraryChange, bool> match)
    {
        var made = new TaskCompletionSource<LibraryChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<LibraryChange> listener = change =>
        {
            if (match(change))
                made.TrySetResult(change);
        };
        status.ChangeMade += listener;
        _ = made.Task.ContinueWith(_ => status.ChangeMade -= listener, TaskScheduler.Default);
        return made.Task;
    }
}
