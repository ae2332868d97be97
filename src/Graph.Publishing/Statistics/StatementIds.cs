using Graph.Core.Terms;
using Graph.Store;

namespace Graph.Publishing.Statistics;

/// <summary>
/// The statements <see cref="DatasetStatistics"/> counts, as integer term ids (0 = no such term): a store's own ids, or
/// ids given to a list of statements in one pass (<see cref="Of(IEnumerable{Quad})"/>), which spares building a store
/// and its indexes only to count.
/// </summary>
internal abstract class StatementIds
{
    /// <summary>The id of <paramref name="term"/>, or 0 when no statement uses it.</summary>
    public abstract int IdOf(Term term);

    public abstract TermKind KindOf(int id);

    public abstract Term Decode(int id);

    /// <summary>Every distinct statement (in any graph) with this subject and predicate; <see cref="TermId.Any"/> matches all.</summary>
    public abstract IEnumerable<QuadIds> Match(int subject, int predicate);

    public static StatementIds Of(QuadStore store) => new StoreIds(store);

    public static StatementIds Of(IEnumerable<Quad> quads) => new ListIds(quads);

    private sealed class StoreIds(QuadStore store) : StatementIds
    {
        private readonly TermDictionary _dictionary = store.Dictionary;

        public override int IdOf(Term term) => _dictionary.GetId(term);

        public override TermKind KindOf(int id) => _dictionary.GetKind(id);

        public override Term Decode(int id) => _dictionary.Decode(id);

        public override IEnumerable<QuadIds> Match(int subject, int predicate)
        {
            foreach (var q in store.Match(subject, predicate, TermId.Any, TermId.AnyGraph)) yield return q;
        }
    }

    private sealed class ListIds : StatementIds
    {
        private readonly Dictionary<Term, int> _ids = [];
        private readonly List<Term> _terms = [null!]; // ids start at 1, as in a store
        private readonly List<QuadIds> _statements;

        public ListIds(IEnumerable<Quad> quads)
        {
            _statements = new(quads is IReadOnlyCollection<Quad> c ? c.Count : 0);
            // A set is distinct already (the converter's statements); anything else is made so, as a store would.
            var seen = quads is IReadOnlySet<Quad> ? null : new HashSet<QuadIds>();
            foreach (var q in quads)
            {
                var ids = new QuadIds(Intern(q.Subject), Intern(q.Predicate), Intern(q.Object), q.Graph is null ? TermId.DefaultGraph : Intern(q.Graph));
                if (seen is null || seen.Add(ids)) _statements.Add(ids);
            }
        }

        private int Intern(Term term)
        {
            if (_ids.TryGetValue(term, out var id)) return id;
            id = _terms.Count;
            _terms.Add(term);
            _ids.Add(term, id);
            return id;
        }

        public override int IdOf(Term term) => _ids.GetValueOrDefault(term);

        public override TermKind KindOf(int id) => _terms[id].Kind;

        public override Term Decode(int id) => _terms[id];

        public override IEnumerable<QuadIds> Match(int subject, int predicate)
        {
            foreach (var q in _statements)
                if ((subject == TermId.Any || q.Subject == subject) && (predicate == TermId.Any || q.Predicate == predicate))
                    yield return q;
        }
    }
}
