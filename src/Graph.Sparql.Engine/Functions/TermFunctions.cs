using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>Functions on RDF terms (SPARQL 1.1 §17.4.2). Null means a type error.</summary>
public static class TermFunctions
{
    public static Term? IsIri(Term? a) => a is null ? null : Literal.Boolean(a is Iri);

    public static Term? IsBlank(Term? a) => a is null ? null : Literal.Boolean(a is BlankNode);

    public static Term? IsLiteral(Term? a) => a is null ? null : Literal.Boolean(a is Literal);

    public static Term? IsNumeric(Term? a) => a is null ? null : Literal.Boolean(Numeric.TryFrom(a, out _));

    public static Term? SameTerm(Term? a, Term? b) => a is null || b is null ? null : Literal.Boolean(a.Equals(b));

    public static Term? Str(Term? a) => a switch
    {
        Iri i => Literal.String(i.Value),
        Literal l => Literal.String(l.LexicalForm),
        _ => null,
    };

    public static Term? Lang(Term? a) => a is Literal l ? Literal.String(l.Language ?? "") : null;

    public static Term? Datatype(Term? a) => a is Literal l ? l.Datatype : null;

    /// <summary>IRI()/URI(): resolves a string against the query's base IRI; an IRI argument is returned as is.</summary>
    public static Term? Iri(Term? a, string? baseIri) => a switch
    {
        Iri i => i,
        Literal l when l.Language is null && l.Datatype.Equals(Xsd.String) => new Iri(IriResolver.Resolve(baseIri, l.LexicalForm)),
        _ => null,
    };

    public static Term? StrDt(Term? lexical, Term? datatype) =>
        lexical is Literal l && l.Language is null && l.Datatype.Equals(Xsd.String) && datatype is Iri dt
            ? new Literal(l.LexicalForm, dt)
            : null;

    public static Term? StrLang(Term? lexical, Term? language) =>
        lexical is Literal l && l.Language is null && l.Datatype.Equals(Xsd.String)
        && language is Literal tag && tag.Language is null && tag.Datatype.Equals(Xsd.String) && IsLanguageTag(tag.LexicalForm)
            ? new Literal(l.LexicalForm, tag.LexicalForm)
            : null;

    public static Term Uuid() => new Iri("urn:uuid:" + Guid.NewGuid().ToString("D"));

    public static Term StrUuid() => Literal.String(Guid.NewGuid().ToString("D"));

    public static Term Rand() => Numeric.Double(Random.Shared.NextDouble()).ToLiteral();

    // BCP 47 shape as the Turtle grammar accepts it: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    private static bool IsLanguageTag(string s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0])) return false;
        var segmentStart = true;
        var first = true;
        foreach (var c in s)
        {
            if (c == '-')
            {
                if (segmentStart) return false;
                segmentStart = true;
                first = false;
                continue;
            }
            if (first ? !char.IsAsciiLetter(c) : !char.IsAsciiLetterOrDigit(c)) return false;
            segmentStart = false;
        }
        return !segmentStart;
    }
}
