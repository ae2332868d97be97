using System.Text;

namespace Graph.Core.Iris;

/// <summary>
/// Reference resolution per RFC 3986 §5.2 (strict parser, §5.2.2 transform, §5.2.4 remove_dot_segments),
/// applied to IRIs as RDF syntaxes require.
/// </summary>
public static class IriResolver
{
    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/>; an absolute reference is returned normalised for dot segments.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        var r = IriParts.Parse(reference);
        if (r.Scheme is not null)
            return Recompose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        if (string.IsNullOrEmpty(baseIri))
            return reference;

        var b = IriParts.Parse(baseIri);
        string? authority, path, query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
            authority = b.Authority;
        }
        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    /// <summary>True when the string starts with a scheme (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"</c>).</summary>
    public static bool IsAbsolute(string iri) => IriParts.SchemeLength(iri) > 0;

    private static string Merge(IriParts b, string refPath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
            return "/" + refPath;
        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? refPath : string.Concat(b.Path.AsSpan(0, slash + 1), refPath);
    }

    /// <summary>RFC 3986 §5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0) return path;
        var input = path;
        var output = new StringBuilder(path.Length);
        var i = 0;
        while (i < input.Length)
        {
            var rest = input.AsSpan(i);
            if (rest.StartsWith("../")) { i += 3; }
            else if (rest.StartsWith("./")) { i += 2; }
            else if (rest.StartsWith("/./")) { i += 2; }
            else if (rest.SequenceEqual("/.")) { input = input[..i] + "/"; }
            else if (rest.StartsWith("/../")) { i += 3; RemoveLastSegment(output); }
            else if (rest.SequenceEqual("/..")) { input = input[..i] + "/"; RemoveLastSegment(output); }
            else if (rest.SequenceEqual(".") || rest.SequenceEqual("..")) { i = input.Length; }
            else
            {
                var start = i;
                if (input[i] == '/') i++;
                while (i < input.Length && input[i] != '/') i++;
                output.Append(input, start, i - start);
            }
        }
        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var s = output.ToString();
        var slash = s.LastIndexOf('/');
        output.Length = slash < 0 ? 0 : slash;
    }

    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null) sb.Append(scheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (fragment is not null) sb.Append('#').Append(fragment);
        return sb.ToString();
    }
}
