using Microsoft.AspNetCore.Http.Features;

namespace Reader.Web;

/// <summary>
/// Answers <c>HEAD</c> as <c>GET</c> for every page and endpoint: pages and minimal endpoints are mapped for
/// <c>GET</c> only, so <c>HEAD</c> would find none. The response is made as for <c>GET</c>, compressed and all,
/// so it has the same status and headers; its body is counted (for <c>Content-Length</c>) and dropped. Runs
/// before response compression and routing.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next();
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var dropped = new CountingNullStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(dropped, body));
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next();
            if (!context.Response.HasStarted && context.Response.ContentLength is null && dropped.Count > 0)
                context.Response.ContentLength = dropped.Count;
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    });

    private sealed class CountingNullStream : WriteOnlyStream
    {
        public long Count { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => Count += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Count += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
