using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Web.Episodes;

/// <summary>
/// Renders an episode summary, which is untrusted text: raw HTML is shown as text, bare URLs become links,
/// and only http(s) and mailto links survive; anything else (<c>javascript:</c>, <c>data:</c>, images) is left as plain text.
/// </summary>
public static partial class SummaryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseReferralLinks("noopener", "noreferrer")
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(BareUrlsApart(markdown), Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafe(link.Url))
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));

    // Markdig links a bare URL only after white space or ASCII punctuation, and a URL takes every non-space
    // character after it; Chinese text runs straight into and out of URLs ("详见https://…", "（https://…）"),
    // so set such a URL apart with spaces.
    private static string BareUrlsApart(string text) => UrlInNonAsciiText().Replace(text, m =>
        (m.Groups["before"].Success ? m.Groups["before"].Value + " " : "") + m.Groups["url"].Value + (m.Groups["after"].Success ? " " + m.Groups["after"].Value : ""));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<before>[^\x00-\x7F])?(?<url>https?://[\x21-\x7E]+)(?<after>[^\x00-\x7F])?")]
    private static partial System.Text.RegularExpressions.Regex UrlInNonAsciiText();
}
