using Microsoft.AspNetCore.Components;

namespace Reader.Web.Compression;

/// <summary>
/// One page response's offer to send a piece of shared markup precompressed: the page renders
/// <see cref="Marker"/> where the markup goes, and <see cref="SharedMarkupSplicing"/> puts the markup there,
/// compressed once for every response. Without the offer (a component test, an interactive render, a
/// response already started) the page renders the markup itself.
/// </summary>
public sealed class SharedMarkupSplice
{
    /// <summary>A comment no page text can contain: text is HTML-encoded, and the number is new for each response.</summary>
    public string Marker { get; } = $"<!--shared-markup:{Guid.NewGuid():N}-->";

    public string? Markup { get; private set; }

    internal bool CanClaim { get; set; } = true;

    /// <summary>The marker to render in place of <paramref name="markup"/>, or the markup itself when it cannot be spliced.</summary>
    public static MarkupString Place(HttpContext? context, MarkupString markup)
    {
        var splice = context?.Features.Get<SharedMarkupSplice>();
        if (splice is null || !splice.CanClaim || splice.Markup is not null || context!.Response.HasStarted)
            return markup;
        splice.Markup = markup.Value;
        return new MarkupString(splice.Marker);
    }
}
