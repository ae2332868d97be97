using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>One subject's predicate–object pairs, sorted with <c>rdf:type</c> first, then by predicate and object.</summary>
internal sealed class SubjectEntry(Term subject, GraphBlock block, int index)
{
    /// <summary>The entry's position in arrival order (used while grouping pairs).</summary>
    public int Index { get; } = index;

    /// <summary>How many pairs arrived for this entry (before deduplication).</summary>
    public int Count { get; set; }

    public Term Subject { get; } = subject;

    public GraphBlock Block { get; } = block;

    /// <summary>Whether any object is a blank node (only those entries can hold inline nodes).</summary>
    public bool HasBlankObject { get; private set; }

    /// <summary>The pairs, a slice of one array shared by all entries; <see cref="Pair.Rank"/> holds the predicate's id until <see cref="SortAndDeduplicate"/>.</summary>
    public ArraySegment<Pair> Pairs { get; set; }

    /// <summary>Replaces predicate ids by their ranks, sorts, and drops duplicate statements.</summary>
    public void SortAndDeduplicate(int[] ranks)
    {
        var span = Pairs.AsSpan();
        var sorted = true;
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = span[i] with { Rank = ranks[span[i].Rank] };
            if (span[i].Object is BlankNode) HasBlankObject = true;
            if (i > 0 && sorted && Compare(span[i - 1], span[i]) > 0) sorted = false;
        }
        if (span.Length < 2) return;
        if (!sorted) span.Sort(static (x, y) => Compare(x, y));
        var kept = 1;
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i].Rank == span[kept - 1].Rank && span[i].Object.Equals(span[kept - 1].Object)) continue;
            span[kept++] = span[i];
        }
        Pairs = Pairs[..kept];
    }

    private static int Compare(in Pair x, in Pair y)
    {
        var c = x.Rank.CompareTo(y.Rank);
        return c != 0 ? c : TermComparer.Instance.Compare(x.Object, y.Object);
    }
}

/// <summary>A predicate–object pair of a <see cref="SubjectEntry"/>, with the predicate's rank in writing order.</summary>
internal readonly record struct Pair(int Rank, Term Predicate, Term Object);
