namespace Graph.Server.Protocol;

/// <summary>A request the protocol rejects: the HTTP status to answer and a message for the client.</summary>
internal sealed class ProtocolException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
