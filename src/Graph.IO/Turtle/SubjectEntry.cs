using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.Turtle;

/// <summary>One subject's predicate–object pairs, sorted with <c>rdf:type</c> first, then by predicate and object.</summary>
internal sealed class SubjectEntry(Term subject, GraphBlock block)
{
    public Term Subject { get; } = subject;

    public GraphBlock Block { get; } = block;

    /// <summary>Whether any object is a blank node (only those entries can hold inline nodes).</summary>
    public bool HasBlankObject { get; private set; }

    public List<(Term Predicate, Term Object)> Pairs { get; } = new(4);

    public void SortAndDeduplicate()
    {
        foreach (var (_, o) in Pairs)
            if (o is BlankNode) HasBlankObject = true;
        if (Pairs.Count < 2) return;
        if (!IsSorted()) Pairs.Sort(static (x, y) => Compare(x, y));
        var kept = 1;
        for (var i = 1; i < Pairs.Count; i++)
        {
            if (Pairs[i].Predicate.Equals(Pairs[kept - 1].Predicate) && Pairs[i].Object.Equals(Pairs[kept - 1].Object)) continue;
            Pairs[kept++] = Pairs[i];
        }
        Pairs.RemoveRange(kept, Pairs.Count - kept);
    }

    private bool IsSorted()
    {
        for (var i = 1; i < Pairs.Count; i++)
            if (Compare(Pairs[i - 1], Pairs[i]) > 0) return false;
        return true;
    }

    private static int Compare((Term Predicate, Term Object) x, (Term Predicate, Term Object) y)
    {
        var c = ComparePredicates(x.Predicate, y.Predicate);
        return c != 0 ? c : TermComparer.Instance.Compare(x.Object, y.Object);
    }

    private static int ComparePredicates(Term x, Term y)
    {
        if (ReferenceEquals(x, y)) return 0;
        var xType = x.Equals(Rdf.Type);
        var yType = y.Equals(Rdf.Type);
        if (xType || yType) return xType == yType ? 0 : xType ? -1 : 1;
        return TermComparer.Instance.Compare(x, y);
    }
}
