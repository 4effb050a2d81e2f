namespace Reader.Web.Components.Reader;

/// <summary>
/// The browser modules the reader's components import, and the functions they call in each: one list, which
/// a test checks against the JavaScript files, so a rename on either side fails there rather than in a browser.
/// </summary>
public static class BrowserModules
{
    public static class Toolbar
    {
        public const string Path = "./Components/Reader/ReaderToolbar.razor.js";
        public const string Attach = "attach";
        public const string ApplyMode = "applyMode";
    }

    public static class FindInEpisode
    {
        public const string Path = "./Components/Reader/FindInEpisode.razor.js";
        public const string Mark = "mark";
        public const string Focus = "focus";
    }

    /// <summary>Every module with the functions called in it.</summary>
    public static IReadOnlyDictionary<string, string[]> Calls { get; } = new Dictionary<string, string[]>
    {
        [Toolbar.Path] = [Toolbar.Attach, Toolbar.ApplyMode],
        [FindInEpisode.Path] = [FindInEpisode.Mark, FindInEpisode.Focus],
    };
}
