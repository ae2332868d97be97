using System.Text;
using Graph.Core.Vocabularies;

namespace Graph.Core.Terms;

/// <summary>
/// Formats terms and quads in canonical N-Triples / N-Quads form (RDF 1.1 N-Triples §4): IRIs in angle brackets with
/// only the characters the grammar forbids escaped as <c>\uXXXX</c>, literals with the four mandatory escapes,
/// <c>xsd:string</c> datatypes left implicit.
/// </summary>
public static class NTriplesFormatter
{
    public static string Format(Term term)
    {
        var sb = new StringBuilder();
        Append(sb, term);
        return sb.ToString();
    }

    public static string Format(Quad quad)
    {
        var sb = new StringBuilder();
        Append(sb, quad);
        return sb.ToString();
    }

    /// <summary>Appends the quad followed by <c> .</c> (no newline).</summary>
    public static void Append(StringBuilder sb, Quad quad)
    {
        Append(sb, quad.Subject);
        sb.Append(' ');
        Append(sb, quad.Predicate);
        sb.Append(' ');
        Append(sb, quad.Object);
        if (quad.Graph is not null)
        {
            sb.Append(' ');
            Append(sb, quad.Graph);
        }
        sb.Append(" .");
    }

    public static void Append(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri:
                AppendIri(sb, iri.Value);
                break;
            case BlankNode b:
                sb.Append("_:").Append(b.Label);
                break;
            case Literal l:
                sb.Append('"');
                AppendEscapedString(sb, l.LexicalForm);
                sb.Append('"');
                if (l.Language is not null) sb.Append('@').Append(l.Language);
                else if (!l.Datatype.Equals(Xsd.String))
                {
                    sb.Append("^^");
                    AppendIri(sb, l.Datatype.Value);
                }
                break;
            default:
                throw new System.Diagnostics.UnreachableException(term.GetType().Name);
        }
    }

    public static void AppendIri(StringBuilder sb, string iri)
    {
        sb.Append('<');
        foreach (var c in iri)
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        sb.Append('>');
    }

    /// <summary>Escapes a string body for a double-quoted N-Triples / Turtle literal.</summary>
    public static void AppendEscapedString(StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
