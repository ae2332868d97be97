using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Graph.Publishing.Push;

/// <summary>Sends one request with the push's credentials and turns every failure into a <see cref="PushHttpException"/>.</summary>
internal sealed class HttpSender(HttpClient client, PushOptions options)
{
    private readonly AuthenticationHeaderValue? _auth =
        options.Token is { } token ? new AuthenticationHeaderValue("Bearer", token)
        : options.User is null ? null
        : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.User + ":" + (options.Password ?? ""))));

    /// <summary>Sends the request; <paramref name="accept"/> says which statuses beyond 2xx count as success (e.g. 404 for DELETE).</summary>
    public async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken, params HttpStatusCode[] accept)
    {
        request.Headers.Authorization = _auth;
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new PushHttpException($"{request.Method} {request.RequestUri}: {e.Message}", null, transient: true, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PushHttpException($"{request.Method} {request.RequestUri}: no answer within {client.Timeout.TotalSeconds:0} s", null, transient: true, e);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode || accept.Contains(response.StatusCode)) return;
            string body;
            try { body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false); }
            catch (HttpRequestException) { body = ""; }
            var code = (int)response.StatusCode;
            var transient = code >= 500 || code is 408 or 429;
            var detail = body.Length > 300 ? body[..300] + "…" : body;
            throw new PushHttpException($"{request.Method} {request.RequestUri}: {code} {response.ReasonPhrase} {detail.Trim()}".TrimEnd(),
                response.StatusCode, transient);
        }
    }
}
