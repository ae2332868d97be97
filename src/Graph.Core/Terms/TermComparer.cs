namespace Graph.Core.Terms;

/// <summary>
/// The canonical total order over terms: kind first (IRI, blank node, literal), then ordinal comparison of the
/// IRI / label / lexical form, then datatype, then language. Writers use it for deterministic output.
/// </summary>
public sealed class TermComparer : IComparer<Term>
{
    public static readonly TermComparer Instance = new();

    public int Compare(Term? x, Term? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        // As integers: Enum.CompareTo takes an object and would box both kinds on every comparison of a sort.
        var byKind = ((int)x.Kind).CompareTo((int)y.Kind);
        if (byKind != 0) return byKind;
        return (x, y) switch
        {
            (Iri a, Iri b) => string.CompareOrdinal(a.Value, b.Value),
            (BlankNode a, BlankNode b) => string.CompareOrdinal(a.Label, b.Label),
            (Literal a, Literal b) => CompareLiterals(a, b),
            _ => throw new System.Diagnostics.UnreachableException(x.GetType().Name),
        };
    }

    private static int CompareLiterals(Literal a, Literal b)
    {
        var c = string.CompareOrdinal(a.LexicalForm, b.LexicalForm);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Datatype.Value, b.Datatype.Value);
        return c != 0 ? c : string.CompareOrdinal(a.Language, b.Language);
    }
}
