using Graph.Core.Terms;
using Graph.IO.Turtle;

namespace Graph.IO.JsonLd;

/// <summary>
/// The compacted writer's view of a dataset (<see cref="DatasetLayout"/>) on term ids, for statements that arrive as
/// bytes: terms interned in a <see cref="TermTable"/>, statements as int arrays, subjects sorted by their bytes. It
/// covers the common shape only — the default graph, IRI predicates, IRI or blank node subjects (the caller keeps other
/// statements out), every nestable blank node reachable from a top-level node (no cycles), shallow nesting.
/// <see cref="TryPlan"/> says whether the document has that shape; when it has not, <see cref="ReplayInto"/> hands every
/// statement, in arrival order, to a <see cref="DatasetLayout"/>, so both ways write the same bytes.
/// </summary>
internal sealed partial class CompactedIdLayout : IdStatements
{
    private const int MaxDepth = 64; // nesting the id writer follows by recursion

    /// <summary>After <see cref="TryPlan"/>: each entry's predicates and objects, in arrival order, as one slice each.</summary>
    public int[] PairPredicates { get; private set; } = [];

    public int[] PairObjects { get; private set; } = [];

    /// <summary>After <see cref="TryPlan"/>: the top-level subjects' entries in writing order.</summary>
    public int[] Roots { get; private set; } = [];

    /// <summary>Adds a statement of the default graph with an IRI predicate and a non-literal subject (the caller sees to it).</summary>
    public void Add(in Utf8Quad q) => Add(SubjectId(q.Subject), PredicateId(q.Predicate), Terms.Intern(q.Object, internLiterals: false));

    // Statements come grouped by subject and use a handful of predicates: comparing the bytes with the last subject, and
    // with a small table of recent predicates, finds most ids before the term table copies and hashes the key.
    private int _lastSubjectId = -1;
    private readonly int[] _recentPredicates = new int[64]; // id + 1

    private int SubjectId(in Utf8Term subject)
    {
        var last = _lastSubjectId;
        if (last >= 0 && Terms.KindOf(last) == subject.Kind && Terms.ValueOf(last).SequenceEqual(subject.Value)) return last;
        return _lastSubjectId = Terms.Intern(subject);
    }

    private int PredicateId(in Utf8Term predicate)
    {
        var value = predicate.Value;
        if (value.IsEmpty) return Terms.Intern(predicate);
        ref var slot = ref _recentPredicates[(value.Length * 31 + value[^1]) & (64 - 1)];
        // Only IRIs are kept in the table (the caller sends no other predicate), so equal bytes are the same term.
        if (slot > 0 && Terms.ValueOf(slot - 1).SequenceEqual(value)) return slot - 1;
        var id = Terms.Intern(predicate);
        slot = id + 1;
        return id;
    }

    /// <summary>Hands every statement so far, in arrival order, to <paramref name="layout"/> (sharing one object per term).</summary>
    public void ReplayInto(DatasetLayout layout) => Replay(q => layout.Add(q));

    /// <summary>A blank node written inside the one node that refers to it (<see cref="DatasetLayout.IsNestable"/>).</summary>
    public bool IsNestable(int term) => _objectRefs[term] == 1 && Terms.KindOf(term) == TermKind.BlankNode;

    /// <summary>Groups and sorts; false when the document needs <see cref="DatasetLayout"/> instead.</summary>
    public bool TryPlan()
    {
        GroupPairs();
        var roots = new List<int>(_entries);
        var nestable = 0;
        for (var e = 0; e < _entries; e++)
        {
            if (IsNestable(_entrySubjects[e])) nestable++;
            else roots.Add(e);
        }
        // IRIs before blank nodes, each by their bytes in UTF-16 order: the order DatasetLayout gives them.
        Roots = SubjectOrder.Sort(Terms, _entrySubjects, roots);
        return Reached() == nestable;
    }

    /// <summary>Drops the statements in arrival order, needed only to replay them when the id path is not taken.</summary>
    public void ReleaseStatements() => _subjects = _predicates = _objects = [];

    private void GroupPairs()
    {
        var next = LayOutEntrySlices();
        var predicates = new int[_count];
        var objects = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            var slot = next[_entryOf[_subjects[i]] - 1]++;
            predicates[slot] = _predicates[i];
            objects[slot] = _objects[i];
        }
        PairPredicates = predicates;
        PairObjects = objects;
    }

    /// <summary>
    /// How many nestable subjects the top-level nodes reach; -1 when some nest too deep. A nestable node has one
    /// referrer: it is reached when the chain of its referrers ends at a top-level node within the depth.
    /// </summary>
    private int Reached()
    {
        var referrer = new int[_entries];
        Array.Fill(referrer, -1);
        for (var e = 0; e < _entries; e++)
            foreach (var o in PairObjects.AsSpan(EntryStarts[e], EntryLengths[e]))
                if (IsNestable(o) && EntryOf(o) is >= 0 and var child) referrer[child] = e;
        var reached = 0;
        for (var e = 0; e < _entries; e++)
        {
            if (!IsNestable(_entrySubjects[e])) continue;
            var depth = 0;
            var at = e;
            while (at >= 0 && IsNestable(_entrySubjects[at]))
            {
                if (++depth >= MaxDepth) return -1;
                at = referrer[at];
            }
            if (at >= 0) reached++;
        }
        return reached;
    }
}
