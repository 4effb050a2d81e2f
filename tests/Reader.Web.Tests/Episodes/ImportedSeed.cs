namespace Reader.Web.Tests.Episodes;

/// <summary>
/// The seed imported once, for a test class whose tests only read it (<c>IClassFixture&lt;ImportedSeed&gt;</c>).
/// A test that writes, or needs the seed changed, keeps a <see cref="SeededDatabase"/> of its own.
/// </summary>
public sealed class ImportedSeed : IDisposable
{
    public ImportedSeed() => Database.ImportSeed();

    public SeededDatabase Database { get; } = new();

    public void Dispose() => Database.Dispose();
}
