namespace Graph.Server.Writes;

/// <summary>
/// Authenticated writes (<c>graph serve --allow-writes</c>): SPARQL 1.1 Update at <c>/update</c> (and <c>/sparql</c>)
/// and the write side of the SPARQL 1.1 Graph Store HTTP Protocol at <c>/data</c>
/// (https://www.w3.org/TR/sparql11-http-rdf-update/), allowed only to clients that present the credentials
/// configured here (https://www.w3.org/TR/sparql11-http-rdf-update/#security); reads stay public. After every write
/// that changes the data, the whole dataset is written to each of <see cref="PersistFiles"/>.
/// </summary>
public sealed record WriteOptions
{
    /// <summary>The bearer token clients send as <c>Authorization: Bearer …</c> (RFC 6750); null: no token access.</summary>
    public string? Token { get; init; }

    /// <summary>The user name of HTTP Basic authentication (RFC 7617); with <see cref="Password"/>, or neither.</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>
    /// Files that receive the whole dataset after each write, each in the syntax its extension names, replaced
    /// atomically and together (a failure writes none and the write is refused). Empty: writes live in memory only.
    /// </summary>
    public IReadOnlyList<string> PersistFiles { get; init; } = [];

    /// <summary>Largest body of a write request (an update, a graph), in bytes; larger gets 413.</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Throws <see cref="ArgumentException"/> when no credential is configured or one is half given.</summary>
    public void Validate()
    {
        if (Token is not null && Token.Length == 0) throw new ArgumentException("The write token is empty.");
        if ((User is null) != (Password is null)) throw new ArgumentException("Basic authentication needs both a user and a password.");
        if (User is not null && (User.Length == 0 || User.Contains(':') || Password!.Length == 0))
            throw new ArgumentException("The basic-authentication user must be non-empty without ':', and the password non-empty.");
        if (Token is null && User is null)
            throw new ArgumentException("Writes need a credential: a bearer token, or a user and password, so anonymous clients cannot change the data.");
        if (MaxBodyBytes < 1) throw new ArgumentException("The largest write body must be at least one byte.");
        DatasetPersistence.CheckFiles(PersistFiles);
    }
}
