using Graph.Core.Terms;

namespace Graph.IO.JsonLd;

internal sealed partial class CompactedIdLayout
{
    /// <summary>
    /// Adds a statement given as objects, its terms numbered by their UTF-8 bytes (<see cref="Turtle.TermTable.Intern(Term, bool)"/>);
    /// false (nothing added) when it is beyond this layout: a named graph, a predicate that is not an IRI, a literal
    /// subject, or text that is not well-formed UTF-16.
    /// </summary>
    public bool TryAdd(in Quad q)
    {
        if (q.Graph is not null || q.Predicate is not Iri || q.Subject is Literal) return false;
        int s = Terms.Intern(q.Subject), p = Terms.Intern(q.Predicate), o = Terms.Intern(q.Object, internLiterals: false);
        if (s < 0 || p < 0 || o < 0) return false;
        Add(s, p, o);
        return true;
    }
}
