namespace Graph.IO.Turtle;

/// <summary>
/// Finds relative references that resolve back to the same IRI against a base (RFC 3986 §5.2), for the safe, common
/// cases only: the base itself (<c>&lt;&gt;</c>), a fragment of it (<c>&lt;#x&gt;</c>), and paths below the base's
/// directory without dot segments or a colon in the first segment. Anything else stays absolute.
/// </summary>
internal sealed class IriRelativizer
{
    private readonly string _document;   // base without fragment
    private readonly string? _directory; // base path up to its last '/', when it has a hierarchical path
    private readonly byte[] _documentBytes;
    private readonly byte[]? _directoryBytes;

    public IriRelativizer(string baseIri)
    {
        var hash = baseIri.IndexOf('#');
        _document = hash < 0 ? baseIri : baseIri[..hash];
        var query = _document.IndexOf('?');
        var path = query < 0 ? _document : _document[..query];
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var pathStart = path.IndexOf('/', scheme + 3);
            var lastSlash = path.LastIndexOf('/');
            if (pathStart >= 0 && lastSlash >= pathStart) _directory = path[..(lastSlash + 1)];
        }
        _documentBytes = System.Text.Encoding.UTF8.GetBytes(_document);
        _directoryBytes = _directory is null ? null : System.Text.Encoding.UTF8.GetBytes(_directory);
    }

    /// <summary>The offset where the relative reference starts inside <paramref name="iri"/> (it is always a suffix), or -1.</summary>
    public int RelativeStart(string iri)
    {
        if (iri.StartsWith(_document, StringComparison.Ordinal))
        {
            if (iri.Length == _document.Length) return iri.Length;
            if (iri[_document.Length] == '#') return _document.Length;
        }
        if (_directory is null || iri.Length <= _directory.Length || !iri.StartsWith(_directory, StringComparison.Ordinal)) return -1;
        var rest = iri.AsSpan(_directory.Length);
        if (rest[0] is '/' or '?' or '#') return -1;
        var end = rest.IndexOfAny('?', '#');
        var path = end < 0 ? rest : rest[..end];
        var firstSegmentEnd = path.IndexOf('/');
        if ((firstSegmentEnd < 0 ? path : path[..firstSegmentEnd]).Contains(':')) return -1;
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment is "." or "..") return -1;
        }
        return _directory.Length;
    }

    /// <summary><see cref="RelativeStart(string)"/> for an IRI in UTF-8: the offset in bytes, or -1.</summary>
    public int RelativeStart(ReadOnlySpan<byte> iri)
    {
        if (iri.StartsWith(_documentBytes))
        {
            if (iri.Length == _documentBytes.Length) return iri.Length;
            if (iri[_documentBytes.Length] == '#') return _documentBytes.Length;
        }
        if (_directoryBytes is null || iri.Length <= _directoryBytes.Length || !iri.StartsWith(_directoryBytes)) return -1;
        var rest = iri[_directoryBytes.Length..];
        if (rest[0] is (byte)'/' or (byte)'?' or (byte)'#') return -1;
        var end = rest.IndexOfAny((byte)'?', (byte)'#');
        var path = end < 0 ? rest : rest[..end];
        var firstSegmentEnd = path.IndexOf((byte)'/');
        if ((firstSegmentEnd < 0 ? path : path[..firstSegmentEnd]).Contains((byte)':')) return -1;
        foreach (var range in path.Split((byte)'/'))
        {
            var segment = path[range];
            if (segment.SequenceEqual("."u8) || segment.SequenceEqual(".."u8)) return -1;
        }
        return _directoryBytes.Length;
    }
}
