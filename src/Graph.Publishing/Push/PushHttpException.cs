using System.Net;

namespace Graph.Publishing.Push;

/// <summary>A request of a push that the server refused or that did not complete; <see cref="Transient"/> ones are retried.</summary>
public sealed class PushHttpException(string message, HttpStatusCode? status, bool transient, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>5xx, 408, 429, a timeout or a connection error: worth another attempt.</summary>
    public bool Transient { get; } = transient;
}
