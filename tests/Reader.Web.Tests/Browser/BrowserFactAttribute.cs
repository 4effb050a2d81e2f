namespace Reader.Web.Tests.Browser;

/// <summary>
/// A test that needs Chromium. Without it the test is skipped with the reason, so <c>dotnet test</c> runs the
/// rest anywhere; CI sets <c>READER_BROWSER_TESTS=required</c>, which turns a missing browser into a failure.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>
    /// Debian's headless shell when it is installed, else its full Chromium. The shell is the same Blink without the
    /// browser's UI layer (Playwright's own default for headless runs) and costs this machine about a third less CPU
    /// per test, which is most of the suite's time.
    /// </summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("READER_CHROMIUM")
        ?? new[] { "/usr/bin/chromium-headless-shell", "/usr/bin/chromium" }.FirstOrDefault(File.Exists)
        ?? "/usr/bin/chromium";

    /// <summary>
    /// Debian's Chromium as the tests run it: headless, without a sandbox (root in CI) or anything that reaches
    /// out, and without a spare renderer kept warm (the page pool navigates its pages on instead).
    /// </summary>
    public static Task<Microsoft.Playwright.IBrowser> LaunchChromiumAsync(Microsoft.Playwright.IPlaywright playwright, params string[] more) =>
        playwright.Chromium.LaunchAsync(new Microsoft.Playwright.BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-features=SpareRendererForSitePerProcess", .. more],
        });

    private static readonly bool Required = Environment.GetEnvironmentVariable("READER_BROWSER_TESTS") == "required";

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        File.Exists(ChromiumPath) || Required
            ? null
            : $"Browser tests need Chromium at {ChromiumPath} (apt-get install chromium-headless-shell fonts-noto-cjk, or set READER_CHROMIUM); skipped.";

    public BrowserFactAttribute() => Skip = SkipReason;
}
