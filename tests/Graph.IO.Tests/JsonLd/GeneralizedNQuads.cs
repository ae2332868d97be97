using System.Text.RegularExpressions;
using Graph.Core.Terms;

namespace Graph.IO.Tests.JsonLd;

/// <summary>
/// Reads the few generalized N-Quads expectations of the suite (blank-node predicates, which RDF 1.1 N-Quads forbids and
/// our reader rightly rejects). Handles only IRIs, blank nodes and simple or typed literals without escapes.
/// </summary>
internal static partial class GeneralizedNQuads
{
    [GeneratedRegex("""<[^>]*>|_:[A-Za-z0-9_.-]+|"[^"]*"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?""")]
    private static partial Regex TermPattern();

    public static List<Quad> Read(string path)
    {
        var quads = new List<Quad>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Trim().Length == 0) continue;
            var terms = TermPattern().Matches(line).Select(m => Parse(m.Value)).ToList();
            quads.Add(new Quad(terms[0], terms[1], terms[2], terms.Count > 3 ? terms[3] : null));
        }
        return quads;
    }

    private static Term Parse(string t)
    {
        if (t[0] == '<') return new Iri(t[1..^1]);
        if (t[0] == '_') return new BlankNode(t[2..]);
        var close = t.LastIndexOf('"');
        var lexical = t[1..close];
        var rest = t[(close + 1)..];
        if (rest.StartsWith("^^", StringComparison.Ordinal)) return new Literal(lexical, new Iri(rest[3..^1]));
        if (rest.StartsWith('@')) return new Literal(lexical, rest[1..]);
        return Literal.String(lexical);
    }
}
