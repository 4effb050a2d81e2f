namespace Reader.Web.Tests.Browser;

// The browser tests spend most of their time waiting on purpose (a jump must settle within its time and stay
// there), not computing, so they run in five collections side by side, all on the one shared ReaderApp. Each
// collection runs its own tests one at a time; the split balances their running times (60–90 s each here,
// alone; the jumps were a third of the browser time, so they are two classes in two collections).

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class ReaderAppCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class JumpCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: jumps";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class LandingCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: landing after a load";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class AccessCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: accessibility and the keyboard";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class ReadingStateCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: the reading state, the place and the phone bar";
}
