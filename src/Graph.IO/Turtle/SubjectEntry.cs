using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.Turtle;

/// <summary>One subject's predicate–object pairs, sorted with <c>rdf:type</c> first, then by predicate and object.</summary>
internal sealed class SubjectEntry(Term subject)
{
    public Term Subject { get; } = subject;

    public List<(Term Predicate, Term Object)> Pairs { get; } = new(4);

    public void SortAndDeduplicate()
    {
        if (Pairs.Count < 2) return;
        Pairs.Sort(static (x, y) =>
        {
            var c = ComparePredicates(x.Predicate, y.Predicate);
            return c != 0 ? c : TermComparer.Instance.Compare(x.Object, y.Object);
        });
        var kept = 1;
        for (var i = 1; i < Pairs.Count; i++)
        {
            if (Pairs[i].Predicate.Equals(Pairs[kept - 1].Predicate) && Pairs[i].Object.Equals(Pairs[kept - 1].Object)) continue;
            Pairs[kept++] = Pairs[i];
        }
        Pairs.RemoveRange(kept, Pairs.Count - kept);
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
