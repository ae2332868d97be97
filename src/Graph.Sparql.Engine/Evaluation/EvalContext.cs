using System.Diagnostics;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Engine.Functions;
using Graph.Store;

namespace Graph.Sparql.Engine.Evaluation;

/// <summary>
/// What one query run shares across its operators: the store, the ids of terms the query computes (which the store's
/// dictionary does not hold: they get negative ids, so the same term always has the same id within the run), a
/// decode cache, the dataset, and the cancellation / timeout / limit checks.
/// </summary>
internal sealed class EvalContext
{
    private readonly Dictionary<Term, int> _localIds = [];
    private readonly List<Term> _localTerms = [null!];
    private readonly Dictionary<int, Term> _decoded = [];
    private readonly Dictionary<int, Numeric?> _numerics = [];
    private int _integerDatatype;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan? _timeout;
    private readonly CancellationToken _cancellation;
    private int _ticks;

    public EvalContext(QuadStore store, DatasetScope dataset, QueryOptions options, string? baseIri)
    {
        Store = store;
        Dataset = dataset;
        BaseIri = baseIri;
        _timeout = options.Timeout;
        _cancellation = options.CancellationToken;
        Now = options.Now ?? DateTimeOffset.UtcNow;
        ServiceClient = options.ServiceClient;
        Cancellation = options.CancellationToken;
    }

    /// <summary>Sends SERVICE patterns to remote endpoints (null: none available).</summary>
    public ISparqlServiceClient? ServiceClient { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>The query's prefixes, for the text of SERVICE patterns sent to an endpoint.</summary>
    public IReadOnlyDictionary<string, string> Prefixes { get; init; } = new Dictionary<string, string>();

    public QuadStore Store { get; }

    public DatasetScope Dataset { get; }

    public string? BaseIri { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The id of a term: the store's when it has one, else a query-local (negative) id.</summary>
    public int Intern(Term term)
    {
        if (Store.Dictionary.TryGetId(term, out var id)) return id;
        if (_localIds.TryGetValue(term, out id)) return id;
        id = -_localTerms.Count;
        _localTerms.Add(term);
        _localIds[term] = id;
        return id;
    }

    /// <summary>The id a pattern uses to look a term up in the store: <see cref="TermId.Unknown"/> when the store lacks it.</summary>
    public int StoreId(Term term) => Store.Dictionary.TryGetId(term, out var id) ? id : TermId.Unknown;

    /// <summary>The term of an id (0 = unbound gives null).</summary>
    public Term? Decode(int id)
    {
        if (id == 0) return null;
        if (id < 0) return _localTerms[-id];
        if (_decoded.TryGetValue(id, out var t)) return t;
        t = Store.Dictionary.Decode(id);
        _decoded[id] = t;
        return t;
    }

    /// <summary>
    /// The numeric value of the term with this id, as <see cref="Numeric.TryFrom"/> reads it; false for non-numeric
    /// terms and ill-typed literals. Plain <c>xsd:integer</c> store literals are read from their bytes without decoding.
    /// </summary>
    public bool TryNumeric(int id, out Numeric value)
    {
        if (id > 0)
        {
            if (_integerDatatype == 0) _integerDatatype = StoreId(Xsd.Integer);
            if (Store.Dictionary.GetDatatypeId(id) == _integerDatatype && TryParseInteger(Store.Dictionary.GetValueUtf8(id), out var n))
            {
                value = Numeric.Integer(n);
                return true;
            }
        }
        if (!_numerics.TryGetValue(id, out var cached))
        {
            cached = Numeric.TryFrom(Decode(id), out var v) ? v : null;
            _numerics[id] = cached;
        }
        value = cached.GetValueOrDefault();
        return cached.HasValue;
    }

    // Only the common canonical-ish shape [+-]?[0-9]{1,18} (fits a long); anything else takes the general path.
    private static bool TryParseInteger(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var negative = false;
        var i = 0;
        if (text.Length > 0 && (text[0] == (byte)'+' || text[0] == (byte)'-'))
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }
        var digits = text.Length - i;
        if (digits is < 1 or > 18) return false;
        for (; i < text.Length; i++)
        {
            var c = text[i] - (byte)'0';
            if ((uint)c > 9) return false;
            value = value * 10 + c;
        }
        if (negative) value = -value;
        return true;
    }

    /// <summary>Called from every operator loop: honours cancellation and the timeout (checked every 1024 calls).</summary>
    public void Tick()
    {
        if ((++_ticks & 1023) != 0) return;
        _cancellation.ThrowIfCancellationRequested();
        if (_timeout is { } t && _clock.Elapsed > t) throw new QueryTimeoutException(t);
    }
}
