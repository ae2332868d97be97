using Graph.Core.Iris;

namespace Graph.IO.JsonLd;

/// <summary>Turns an absolute IRI into the shortest reference that resolves back to it against a base (the inverse of RFC 3986 §5.2).</summary>
internal static class IriRelativizer
{
    public static string Relativize(string baseIri, string iri)
    {
        var b = Split(baseIri);
        var i = Split(iri);
        if (b.Scheme is null || b.Scheme != i.Scheme || b.Authority != i.Authority) return iri;
        var baseSegments = new List<string>(b.Path.Split('/'));
        var iriSegments = new List<string>(i.Path.Split('/'));
        var keepLast = i.Fragment is not null || i.Query is not null ? 0 : 1;
        while (baseSegments.Count > 0 && iriSegments.Count > keepLast && baseSegments[0] == iriSegments[0])
        {
            baseSegments.RemoveAt(0);
            iriSegments.RemoveAt(0);
        }
        var result = "";
        if (baseSegments.Count > 0)
        {
            baseSegments.RemoveAt(baseSegments.Count - 1);
            result = string.Concat(Enumerable.Repeat("../", baseSegments.Count));
        }
        result += string.Join('/', iriSegments);
        if (i.Query is not null) result += "?" + i.Query;
        if (i.Fragment is not null) result += "#" + i.Fragment;
        if (result.Length == 0) result = "./";
        if (result.Contains(':') && (result.IndexOf('/') < 0 || result.IndexOf(':') < result.IndexOf('/'))) result = "./" + result;
        // Safety net: anything that would not resolve back is written absolute.
        return IriResolver.Resolve(baseIri, result) == iri ? result : iri;
    }

    private static (string? Scheme, string? Authority, string Path, string? Query, string? Fragment) Split(string s)
    {
        string? fragment = null, query = null, scheme = null, authority = null;
        var hash = s.IndexOf('#');
        if (hash >= 0) { fragment = s[(hash + 1)..]; s = s[..hash]; }
        var q = s.IndexOf('?');
        if (q >= 0) { query = s[(q + 1)..]; s = s[..q]; }
        var schemeLength = IriResolver.IsAbsolute(s) ? s.IndexOf(':') : -1;
        if (schemeLength > 0) { scheme = s[..schemeLength]; s = s[(schemeLength + 1)..]; }
        if (s.StartsWith("//", StringComparison.Ordinal))
        {
            var end = s.IndexOf('/', 2);
            if (end < 0) end = s.Length;
            authority = s[2..end];
            s = s[end..];
        }
        return (scheme, authority, s, query, fragment);
    }
}
