using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Reader.Web.Compression;

/// <summary>
/// Sends a page's shared markup compressed once rather than per response. A page that took the
/// <see cref="SharedMarkupSplice"/> offer has its own output (small: the page without the shared markup)
/// held back; then, for a client that takes gzip, that output is compressed around the precompressed
/// markup (<see cref="SplicedGzip"/>), and for any other the markup is written in at the marker and the
/// response compression that follows does as it does for every response. Brotli streams cannot be joined
/// this way, so clients that take both get the spliced gzip.
/// </summary>
public static class SharedMarkupSplicing
{
    // The page's own part is a few kilobytes; Brotli would take longer than it saves there.
    private const CompressionLevel OwnPartLevel = CompressionLevel.Optimal;

    public static IApplicationBuilder UseSharedMarkupSplicing(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
        {
            await next();
            return;
        }

        var splice = new SharedMarkupSplice();
        var originalBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var held = new HeldBackBody(originalBody.Stream, splice);
        context.Features.Set(splice);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(held, originalBody));
        try
        {
            await next();
            if (splice.Markup is not null)
                await SendAsync(context, held.Output, splice, originalBody.Stream);
        }
        finally
        {
            context.Features.Set(originalBody);
            context.Features.Set<SharedMarkupSplice>(null);
        }
    });

    private static async Task SendAsync(HttpContext context, MemoryStream page, SharedMarkupSplice splice, Stream body)
    {
        var own = page.GetBuffer().AsMemory(0, (int)page.Length);
        var at = own.Span.IndexOf(Encoding.UTF8.GetBytes(splice.Marker));
        if (at < 0)
        {
            await body.WriteAsync(own);
            return;
        }

        var shared = PrecompressedMarkup.For(splice.Markup!);
        var prefix = own[..at];
        var suffix = own[(at + Encoding.UTF8.GetByteCount(splice.Marker))..];
        var headers = context.Response.Headers;
        if (AcceptsGzip(context.Request))
        {
            using var gzip = new MemoryStream(shared.Deflated.Length + own.Length / 3 + 64);
            SplicedGzip.Write(gzip, prefix.Span, shared, suffix.Span, OwnPartLevel);
            headers.ContentEncoding = "gzip";
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            headers.ContentLength = gzip.Length;
            await body.WriteAsync(gzip.GetBuffer().AsMemory(0, (int)gzip.Length));
            return;
        }

        headers.ContentLength = prefix.Length + shared.Utf8.Length + suffix.Length;
        await body.WriteAsync(prefix);
        await body.WriteAsync(shared.Utf8);
        await body.WriteAsync(suffix);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var encodings)
        && encodings.Any(e => (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value == "*") && e.Quality is null or > 0)
        && !encodings.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality == 0);

    /// <summary>
    /// Writes through to the response until the page takes the splice offer, and holds everything back after:
    /// a page renders fully before it writes, so the offer is taken before the first byte, or refused.
    /// </summary>
    private sealed class HeldBackBody(Stream inner, SharedMarkupSplice splice) : WriteOnlyStream
    {
        public MemoryStream Output { get; } = new();

        private Stream Target
        {
            get
            {
                splice.CanClaim = false;
                return splice.Markup is null ? inner : Output;
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Target.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => Target.Write(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Target.WriteAsync(buffer, offset, count, cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Target.WriteAsync(buffer, cancellationToken);

        public override void Flush()
        {
            if (splice.Markup is null)
                inner.Flush();
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            splice.Markup is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;
    }
}
