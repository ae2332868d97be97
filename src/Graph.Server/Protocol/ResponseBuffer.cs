using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.ObjectPool;

namespace Graph.Server.Protocol;

/// <summary>
/// Writers are synchronous (they write to a <see cref="Stream"/>); Kestrel forbids synchronous writes to the response
/// body because they block a thread-pool thread per slow client. So a response is written into a pooled memory
/// buffer, then sent with one asynchronous write (with its Content-Length, which also makes HEAD exact).
/// </summary>
internal static class ResponseBuffer
{
    private const int MaxPooledCapacity = 1 << 20;

    private static readonly ObjectPool<MemoryStream> Pool = new DefaultObjectPoolProvider { MaximumRetained = 64 }
        .Create(new StreamPolicy());

    public static async Task SendAsync(HttpContext context, string contentType, Action<Stream> write, Action<ReadOnlySpan<byte>>? written = null)
    {
        var buffer = Pool.Get();
        try
        {
            write(buffer);
            written?.Invoke(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var response = context.Response;
            response.ContentType = contentType;
            response.ContentLength = buffer.Length;
            if (HttpMethods.IsHead(context.Request.Method)) return;
            await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            Pool.Return(buffer);
        }
    }

    /// <summary>Sends a finished body.</summary>
    public static Task SendAsync(HttpContext context, string contentType, byte[] body)
    {
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private sealed class StreamPolicy : IPooledObjectPolicy<MemoryStream>
    {
        public MemoryStream Create() => new(4096);

        public bool Return(MemoryStream obj)
        {
            if (obj.Capacity > MaxPooledCapacity) return false;
            obj.SetLength(0);
            return true;
        }
    }
}
