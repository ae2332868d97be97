namespace Graph.IO.JsonLd;

/// <summary>Loads a remote document or context (JSON-LD 1.1 API §9.4 LoadDocumentCallback).</summary>
public interface IJsonLdDocumentLoader
{
    /// <summary>Returns the document at <paramref name="url"/>; throws <see cref="JsonLdException"/> (<c>loading document failed</c>) when it cannot.</summary>
    RemoteDocument Load(string url);
}

/// <summary>A loaded document: its final URL, its parsed JSON (internal representation), content type and context link.</summary>
public sealed record RemoteDocument(string DocumentUrl, object? Document, string ContentType = "application/ld+json", string? ContextUrl = null, string? Profile = null);
