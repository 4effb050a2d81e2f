using Reader.Storage.Library;

namespace Reader.Storage.Tests.Library;

public sealed class SafeFileNameTests
{
    public static TheoryData<string?, string> Names => new()
    {
        { "../../etc/passwd", "passwd" },
        { "..\\..\\x.srt", "x.srt" },
        { "/absolute/path/show.srt", "show.srt" },
        { "C:\\Users\\me\\show.srt", "show.srt" },
        { "a\u0000b\u001fc\n.srt", "a-b-c.srt" },
        { "..", "fallback" },
        { "", "fallback" },
        { null, "fallback" },
        { ".srt", "srt" },
        { "访谈.zh.srt", "访谈.zh.srt" },
        { "my show: part 1?.SRT", "my show- part 1.srt" },
        { new string('a', 10_000) + ".srt", new string('a', SafeFileName.MaxStemLength) + ".srt" },
        { new string('a', 10_000), new string('a', SafeFileName.MaxStemLength) },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void AnUntrustedNameBecomesOneFileNameOfTheLibrary(string? sent, string kept)
    {
        var name = SafeFileName.From(sent, "fallback");

        Assert.Equal(kept, name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void NoNameHoldsASeparatorOrLeadsOutOfItsFolder(string? sent, string _)
    {
        var folder = Path.Combine(Path.GetTempPath(), "library");

        var name = SafeFileName.From(sent, "fallback");

        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.DoesNotContain(name, c => char.IsControl(c));
        Assert.NotEqual("..", name);
        Assert.Equal(folder, Path.GetDirectoryName(Path.GetFullPath(Path.Combine(folder, name))));
        Assert.InRange(name.Length, 1, SafeFileName.MaxStemLength + 10);
    }
}
