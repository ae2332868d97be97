using System.Runtime.CompilerServices;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.Turtle;

/// <summary>
/// Numbers the distinct predicates of a document, then ranks them in writing order (<c>rdf:type</c> first, then term
/// order), so that sorting a subject's pairs compares two integers instead of two IRIs.
/// </summary>
internal sealed class PredicateTable
{
    private readonly Dictionary<Term, int> _ids = [];
    private readonly List<Term> _terms = [];

    // Predicates are few and usually shared instances: a small cache by reference skips hashing their strings.
    private readonly (Term? Term, int Id)[] _recent = new (Term?, int)[64];

    public int IdOf(Term predicate)
    {
        ref var slot = ref _recent[RuntimeHelpers.GetHashCode(predicate) & 63];
        if (ReferenceEquals(slot.Term, predicate)) return slot.Id;
        if (!_ids.TryGetValue(predicate, out var id))
        {
            _ids[predicate] = id = _terms.Count;
            _terms.Add(predicate);
        }
        slot = (predicate, id);
        return id;
    }

    /// <summary>For each id, its position in writing order.</summary>
    public int[] Ranks()
    {
        var order = Enumerable.Range(0, _terms.Count).ToArray();
        Array.Sort(order, (x, y) => Compare(_terms[x], _terms[y]));
        var ranks = new int[order.Length];
        for (var i = 0; i < order.Length; i++) ranks[order[i]] = i;
        return ranks;
    }

    internal static int Compare(Term x, Term y)
    {
        var xType = x.Equals(Rdf.Type);
        var yType = y.Equals(Rdf.Type);
        if (xType || yType) return xType == yType ? 0 : xType ? -1 : 1;
        return TermComparer.Instance.Compare(x, y);
    }
}
