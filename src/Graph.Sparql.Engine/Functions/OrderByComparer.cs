using Graph.Core.Terms;

namespace Graph.Sparql.Engine.Functions;

/// <summary>
/// The ORDER BY ordering (SPARQL 1.1 §15.1): unbound &lt; blank nodes &lt; IRIs &lt; literals; literals by the
/// <c>&lt;</c> operator where it applies, otherwise by a fixed fallback (lexical form, then datatype, then language)
/// so the order is total and deterministic.
/// </summary>
public sealed class OrderByComparer : IComparer<Term?>
{
    public static readonly OrderByComparer Instance = new();

    public int Compare(Term? x, Term? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        var rx = Rank(x);
        var ry = Rank(y);
        if (rx != ry) return rx.CompareTo(ry);
        switch (x)
        {
            case null: return 0;
            case BlankNode bx: return string.CompareOrdinal(bx.Label, ((BlankNode)y!).Label);
            case Iri ix: return string.CompareOrdinal(ix.Value, ((Iri)y!).Value);
        }
        var lx = (Literal)x;
        var ly = (Literal)y!;
        if (ValueComparison.Compare(lx, ly) is { } c and not 2) return c;
        var byLexical = string.CompareOrdinal(lx.LexicalForm, ly.LexicalForm);
        if (byLexical != 0) return byLexical;
        var byType = string.CompareOrdinal(lx.Datatype.Value, ly.Datatype.Value);
        return byType != 0 ? byType : string.CompareOrdinal(lx.Language, ly.Language);
    }

    private static int Rank(Term? t) => t switch
    {
        null => 0,
        BlankNode => 1,
        Iri => 2,
        _ => 3,
    };
}
