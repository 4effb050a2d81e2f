using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Web.Episodes;

/// <summary>
/// Renders an episode summary, which is untrusted text: raw HTML is shown as text, bare URLs become links,
/// and only http(s) and mailto links survive; anything else (<c>javascript:</c>, <c>data:</c>, images) is left as plain text.
/// </summary>
public static class SummaryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseReferralLinks("noopener", "noreferrer")
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafe(link.Url))
                link.ReplaceBy(new LiteralInline(PlainText(link)));
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
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
