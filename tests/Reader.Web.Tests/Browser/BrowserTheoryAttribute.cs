namespace Reader.Web.Tests.Browser;

/// <summary>A table of browser cases: skipped, like <see cref="BrowserFactAttribute"/>, where Chromium is missing.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserFactAttribute.SkipReason;
}
