namespace Reader.Web.Tests.Browser;

// The browser tests spend most of their time waiting on purpose (a jump must settle within its time and stay
// there), not computing, so they run in four collections side by side, all on the one shared ReaderApp. Each
// collection runs its own tests one at a time; the split balances their running times (JumpTests alone is
// about a third of the browser time).

[CollectionDefinition(Name)]
public sealed class ReaderAppCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser";
}

[CollectionDefinition(Name)]
public sealed class JumpCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: jumps";
}

[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: accessibility, keyboard and the phone bar";
}

[CollectionDefinition(Name)]
public sealed class ReadingStateCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: the reading state and the place";
}
