namespace Reader.Transcripts.Tests;

public sealed class SpeakerRolesTests
{
    [Theory]
    [InlineData(SpeakerRole.Host, "host")]
    [InlineData(SpeakerRole.Guest, "guest")]
    [InlineData(SpeakerRole.Unknown, "unknown")]
    public void ARoleIsWrittenAsItsLowerCaseName(SpeakerRole role, string name)
    {
        Assert.Equal(name, role.Name());
        Assert.Equal(role, SpeakerRoles.FromName(name));
    }

    [Theory]
    [InlineData("Host", true, SpeakerRole.Host)]
    [InlineData("GUEST", true, SpeakerRole.Guest)]
    [InlineData("1", false, SpeakerRole.Unknown)]
    [InlineData("host ", false, SpeakerRole.Unknown)]
    [InlineData("", false, SpeakerRole.Unknown)]
    [InlineData(null, false, SpeakerRole.Unknown)]
    [InlineData("presenter", false, SpeakerRole.Unknown)]
    public void OnlyARolesNameInAnyCaseIsReadAsTheRole(string? name, bool known, SpeakerRole expected)
    {
        var parsed = SpeakerRoles.TryParse(name, out var role);

        Assert.Equal((known, expected), (parsed, role));
    }
}
