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
}
