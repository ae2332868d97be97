namespace Graph.Core.Iris;

/// <summary>The five components of an IRI reference (RFC 3986 §3); absent components are null, the path never is.</summary>
internal readonly record struct IriParts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
{
    public static IriParts Parse(string s)
    {
        string? scheme = null, authority = null, query = null, fragment = null;
        var hash = s.IndexOf('#');
        if (hash >= 0)
        {
            fragment = s[(hash + 1)..];
            s = s[..hash];
        }
        var q = s.IndexOf('?');
        if (q >= 0)
        {
            query = s[(q + 1)..];
            s = s[..q];
        }
        var schemeLength = SchemeLength(s);
        if (schemeLength > 0)
        {
            scheme = s[..schemeLength];
            s = s[(schemeLength + 1)..];
        }
        if (s.StartsWith("//", StringComparison.Ordinal))
        {
            var end = s.IndexOf('/', 2);
            if (end < 0) end = s.Length;
            authority = s[2..end];
            s = s[end..];
        }
        return new IriParts(scheme, authority, s, query, fragment);
    }

    /// <summary>Length of the scheme before ':' or 0 when the string has no scheme.</summary>
    public static int SchemeLength(string s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0])) return 0;
        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ':') return i;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return 0;
        }
        return 0;
    }
}
