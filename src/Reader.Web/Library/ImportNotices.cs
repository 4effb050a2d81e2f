using Microsoft.Extensions.Caching.Memory;
using Reader.Storage;
using Reader.Storage.Library;

namespace Reader.Web.Library;

/// <summary>What an import form's post came to, for the page the browser is sent on to (post, redirect, get).</summary>
/// <param name="Problems">Why nothing was saved; empty when it was.</param>
/// <param name="Episodes">What was imported.</param>
public sealed record ImportNotice(IReadOnlyList<UploadProblem> Problems, IReadOnlyList<ImportResult> Episodes);

/// <summary>Holds each notice for ten minutes under an id the redirect's address carries; a notice belongs to no one else.</summary>
public sealed class ImportNotices(IMemoryCache cache)
{
    public string Add(ImportNotice notice)
    {
        var id = Guid.NewGuid().ToString("N");
        cache.Set(Key(id), notice, TimeSpan.FromMinutes(10));
        return id;
    }

    public ImportNotice? Find(string? id) => id is { Length: 32 } && cache.TryGetValue(Key(id), out ImportNotice? notice) ? notice : null;

    private static string Key(string id) => "import-notice:" + id;
}
