using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.Turtle;

/// <summary>
/// The same layout as <see cref="TurtleLayout"/> on term ids, for statements that arrive as bytes: the statements are
/// three int arrays, subjects sort by their bytes. It covers the common shape only — the default graph, IRI
/// predicates (the caller keeps other statements out), blank nodes written inline or labelled, no collections, no cycles, shallow nesting. <see cref="TryPlan"/>
/// says whether the document has that shape; when it has not, <see cref="ReplayInto"/> hands every statement, in
/// arrival order, to a <see cref="TurtleLayout"/>, so both ways write the same bytes.
/// </summary>
internal sealed class TurtleIdLayout : IdStatements
{
    private const int MaxDepth = 48; // below TurtleSerializer's cut, which this layout does not reproduce

    // After TryPlan: each entry's pairs as one slice of Pairs, the roots in writing order, inline node entries.
    public IdPair[] Pairs { get; private set; } = [];
    public int[] Roots { get; private set; } = [];

    /// <summary>After <see cref="TryPlan"/>: the distinct predicates by rank.</summary>
    public int[] PredicatesByRank { get; private set; } = [];

    /// <summary>Adds a statement of the default graph with an IRI predicate (the caller sees to both).</summary>
    public void Add(in Utf8Quad q) =>
        Add(Terms.Intern(q.Subject), Terms.Intern(q.Predicate), Terms.Intern(q.Object, internLiterals: false));

    /// <summary>
    /// Adds a statement of the default graph with an IRI predicate (the caller sees to both) given as objects; false
    /// (and nothing added) when a term has no UTF-8 form, which only <see cref="TurtleLayout"/> can write as is.
    /// </summary>
    public bool TryAdd(in Quad q)
    {
        int s = Terms.Intern(q.Subject), p = Terms.Intern(q.Predicate), o = Terms.Intern(q.Object, internLiterals: false);
        if (s < 0 || p < 0 || o < 0) return false;
        Add(s, p, o);
        return true;
    }

    /// <summary>Hands every statement so far, in arrival order, to <paramref name="layout"/> (sharing one object per term).</summary>
    public void ReplayInto(TurtleLayout layout) => Replay(q => layout.Add(q));

    public bool IsBlank(int term) => Terms.KindOf(term) == TermKind.BlankNode;

    /// <summary>Whether the term occurs as an object.</summary>
    public bool IsObject(int term) => _objectRefs[term] > 0;

    /// <summary>A blank node written in place: exactly one reference as an object.</summary>
    public bool IsInline(int term) => IsBlank(term) && _objectRefs[term] == 1;

    /// <summary>A blank node subject nothing refers to, written as <c>[]</c>.</summary>
    public bool IsAnonymousSubject(int term) => IsBlank(term) && _objectRefs[term] == 0;

    /// <summary>Groups and sorts; false when the document needs <see cref="TurtleLayout"/> instead.</summary>
    public bool TryPlan()
    {
        var ranks = PredicateRanks();
        if (ranks is null) return false;
        GroupPairs(ranks);
        for (var e = 0; e < _entries; e++)
        {
            if (Terms.KindOf(_entrySubjects[e]) == TermKind.Literal) return false;
            SortAndDeduplicate(e);
        }
        if (!ChooseRoots()) return false;
        // The statements in arrival order are needed no more (only to replay them when planning fails).
        _subjects = _predicates = _objects = [];
        return true;
    }

    /// <summary>Predicate id → rank (<c>rdf:type</c> first, then term order), or null when collections may occur.</summary>
    private int[]? PredicateRanks()
    {
        var seen = new bool[Terms.Count];
        var distinct = new List<int>();
        for (var i = 0; i < _count; i++)
        {
            var p = _predicates[i];
            if (seen[p]) continue;
            seen[p] = true;
            distinct.Add(p);
        }
        var terms = new Term[distinct.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = Terms.TermOf(distinct[i]);
            if (terms[i].Equals(Rdf.First) || terms[i].Equals(Rdf.Rest)) return null;
        }
        var order = new int[terms.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) => PredicateTable.Compare(terms[x], terms[y]));
        var ranks = new int[Terms.Count];
        var byRank = new int[order.Length];
        for (var i = 0; i < order.Length; i++) ranks[byRank[i] = distinct[order[i]]] = i;
        PredicatesByRank = byRank;
        return ranks;
    }

    private void GroupPairs(int[] ranks)
    {
        var next = LayOutEntrySlices();
        var pairs = new IdPair[_count];
        for (var i = 0; i < _count; i++)
            pairs[next[_entryOf[_subjects[i]] - 1]++] = new IdPair(ranks[_predicates[i]], _predicates[i], _objects[i]);
        Pairs = pairs;
    }

    private void SortAndDeduplicate(int entry)
    {
        var span = Pairs.AsSpan(EntryStarts[entry], EntryLengths[entry]);
        if (span.Length < 2) return;
        // A subject has a handful of pairs: insertion sort, comparing terms only between objects of one predicate.
        for (var i = 1; i < span.Length; i++)
        {
            var pair = span[i];
            var j = i - 1;
            while (j >= 0 && Compare(span[j], pair) > 0)
            {
                span[j + 1] = span[j];
                j--;
            }
            span[j + 1] = pair;
        }
        var kept = 1;
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i].Rank == span[kept - 1].Rank && Terms.SameTerm(span[i].Object, span[kept - 1].Object)) continue;
            span[kept++] = span[i];
        }
        EntryLengths[entry] = kept;
    }

    private int Compare(IdPair x, IdPair y)
    {
        var c = x.Rank.CompareTo(y.Rank);
        return c != 0 ? c : Terms.Compare(x.Object, y.Object);
    }

    /// <summary>Sorts the top-level subjects; false when some inline node is not reachable from them (a cycle) or nests too deep.</summary>
    private bool ChooseRoots()
    {
        var roots = new List<int>(_entries);
        var inline = 0;
        for (var e = 0; e < _entries; e++)
        {
            if (IsInline(_entrySubjects[e])) inline++;
            else roots.Add(e);
        }
        var rootArray = SubjectOrder.Sort(Terms, _entrySubjects, roots);
        Roots = rootArray;

        var reached = 0;
        // Entry and depth pairs, as two lists of ints (precompiled, unlike a stack of tuples).
        List<int> entries = [], depths = [];
        foreach (var root in rootArray)
        {
            entries.Add(root);
            depths.Add(0);
            while (entries.Count > 0)
            {
                var entry = entries[^1];
                var depth = depths[^1];
                entries.RemoveAt(entries.Count - 1);
                depths.RemoveAt(depths.Count - 1);
                foreach (var pair in Pairs.AsSpan(EntryStarts[entry], EntryLengths[entry]))
                {
                    if (!IsInline(pair.Object)) continue;
                    var child = EntryOf(pair.Object);
                    if (child < 0) continue;
                    if (depth + 1 >= MaxDepth) return false;
                    reached++;
                    entries.Add(child);
                    depths.Add(depth + 1);
                }
            }
        }
        return reached == inline;
    }
}

/// <summary>A predicate–object pair on term ids, with the predicate's rank in writing order.</summary>
internal readonly record struct IdPair(int Rank, int Predicate, int Object);
