using System.Net;
using System.Text;

namespace Graph.Publishing.Tests.Push;

/// <summary>An HTTP handler that records every request (method, URL, body, auth) and answers from a script.</summary>
internal sealed class RecordingHandler(Func<RecordingHandler.Request, int, HttpResponseMessage>? answer = null) : HttpMessageHandler
{
    public sealed record Request(HttpMethod Method, Uri Url, string Body, string? ContentType, string? Authorization);

    public List<Request> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : Encoding.UTF8.GetString(await request.Content.ReadAsByteArrayAsync(cancellationToken));
        var r = new Request(request.Method, request.RequestUri!, body, request.Content?.Headers.ContentType?.ToString(), request.Headers.Authorization?.ToString());
        Requests.Add(r);
        return answer?.Invoke(r, Requests.Count) ?? new HttpResponseMessage(HttpStatusCode.NoContent);
    }
}
