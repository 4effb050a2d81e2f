namespace Reader.Web.Tests.Browser;

// The browser tests spend much of their time waiting on purpose (a jump must settle within its time and stay
// there), so they run in nine collections side by side, all on the one shared ReaderApp. Each collection runs
// its own tests one at a time; the split balances their running times (20–45 s each here, alone). The tests
// that look words up have two of their own: they wait for the dictionary's import, the others need not.

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class ReaderAppCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class JumpCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: chapter jumps";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class HashAndFindJumpCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: jumps to an address or a find hit";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class WordsCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: word lookups, once the dictionary is imported";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class SavedWordsCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: saved words and pinyin, once the dictionary is imported";
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class FindCollection : ICollectionFixture<ReaderApp>
{
    public const string Name = "Reader app in a browser: find in the episode and the phone bar";
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
    public const string Name = "Reader app in a browser: the reading state and the place";
}
