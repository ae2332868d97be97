using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>
/// What the writers' layouts on term ids (<see cref="TurtleIdLayout"/>, <see cref="JsonLd.CompactedIdLayout"/>) hold
/// in common: terms interned in a <see cref="TermTable"/>, the statements of the default graph as three int arrays in
/// arrival order, one entry per distinct subject (with its statement count), and how often each term is an object.
/// Each layout plans its own document on top.
/// </summary>
internal abstract class IdStatements
{
    public TermTable Terms { get; } = new();

    protected int[] _subjects = new int[1024];
    protected int[] _predicates = new int[1024];
    protected int[] _objects = new int[1024];
    protected int _count;

    // Per term id: the subject's entry + 1 (0 = not a subject), and how often it occurs as an object.
    protected int[] _entryOf = new int[1024];
    protected int[] _objectRefs = new int[1024];
    protected int[] _entrySubjects = new int[1024];
    protected int[] _entrySizes = new int[1024];
    protected int _entries;
    private int _lastSubject = -1, _lastEntry;

    public int Count => _count;

    /// <summary>After planning: where each entry's slice of the grouped statements starts, and how long it is.</summary>
    public int[] EntryStarts { get; private set; } = [];

    public int[] EntryLengths { get; private set; } = [];

    public int EntryCount => _entries;

    /// <summary>The entry of a subject, or -1 when the term is no subject.</summary>
    public int EntryOf(int term) => _entryOf[term] - 1;

    public int SubjectOf(int entry) => _entrySubjects[entry];

    /// <summary>Makes room for <paramref name="count"/> statements in all (when the caller knows how many will come).</summary>
    public void EnsureCapacity(int count)
    {
        if (count <= _subjects.Length) return;
        Array.Resize(ref _subjects, count);
        Array.Resize(ref _predicates, count);
        Array.Resize(ref _objects, count);
    }

    protected void Add(int s, int p, int o)
    {
        EnsureTerms();
        if (_count == _subjects.Length)
        {
            Array.Resize(ref _subjects, _count * 2);
            Array.Resize(ref _predicates, _count * 2);
            Array.Resize(ref _objects, _count * 2);
        }
        _subjects[_count] = s;
        _predicates[_count] = p;
        _objects[_count++] = o;
        if (s != _lastSubject)
        {
            var entry = _entryOf[s] - 1;
            if (entry < 0)
            {
                entry = _entries++;
                if (entry == _entrySubjects.Length)
                {
                    Array.Resize(ref _entrySubjects, entry * 2);
                    Array.Resize(ref _entrySizes, entry * 2);
                }
                _entrySubjects[entry] = s;
                _entryOf[s] = entry + 1;
            }
            _lastSubject = s;
            _lastEntry = entry;
        }
        _entrySizes[_lastEntry]++;
        _objectRefs[o]++;
    }

    private void EnsureTerms()
    {
        if (Terms.Count <= _entryOf.Length) return;
        var size = Math.Max(_entryOf.Length * 2, Terms.Count);
        Array.Resize(ref _entryOf, size);
        Array.Resize(ref _objectRefs, size);
    }

    /// <summary>
    /// Lays each entry's statements out as one slice, entries in first-seen order (<see cref="EntryStarts"/>,
    /// <see cref="EntryLengths"/>); returns a cursor per entry at its slice's start, which the caller advances as it
    /// fills the slices in arrival order (<c>cursor[_entryOf[_subjects[i]] - 1]++</c>).
    /// </summary>
    protected int[] LayOutEntrySlices()
    {
        var starts = new int[_entries];
        var cursor = new int[_entries];
        var start = 0;
        for (var e = 0; e < _entries; e++)
        {
            starts[e] = cursor[e] = start;
            start += _entrySizes[e];
        }
        EntryStarts = starts;
        EntryLengths = _entrySizes[.._entries];
        return cursor;
    }

    /// <summary>
    /// Hands every statement so far, in arrival order, to <paramref name="add"/> (sharing one object per term): the
    /// way to the object layout when the document is beyond the id layout.
    /// </summary>
    protected void Replay(Action<Quad> add)
    {
        var terms = new Term?[Terms.Count];
        for (var i = 0; i < _count; i++)
            add(new Quad(Of(_subjects[i]), Of(_predicates[i]), Of(_objects[i])));
        Term Of(int id) => terms[id] ??= Terms.TermOf(id);
    }
}
