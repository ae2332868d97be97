using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Store;

public sealed partial class TermDictionary
{
    // Strict: a lone surrogate cannot be encoded, and silently replacing it with U+FFFD would change the term.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const int StackKeyLimit = 512;
    private const int DatatypeCacheLimit = 1024;

    // Writer-side shortcut for the few datatype IRIs that most typed literals share (a full lookup per literal
    // otherwise); bounded so that a dataset with many datatypes cannot grow it without end.
    private readonly Dictionary<string, int> _datatypeIds = new(StringComparer.Ordinal);

    private const int RecentSize = 4096;

    // Writer-side cache by object identity: readers hand out the same Term instance for a repeated predicate, class
    // or subject (their own token caches), and terms are immutable, so the same instance always has the same id.
    // Measured on the 1M synthetic load: lookups of known terms took ~150 ns each through the hash table.
    private readonly Term?[] _recentTerms = new Term?[RecentSize];
    private readonly int[] _recentIds = new int[RecentSize];

    /// <summary>The id of <paramref name="term"/>, adding the term when it is new.</summary>
    public int GetOrAdd(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var slot = RuntimeHelpers.GetHashCode(term) & (RecentSize - 1);
        if (ReferenceEquals(_recentTerms[slot], term)) return _recentIds[slot];
        var id = Lookup(term);
        _recentTerms[slot] = term;
        _recentIds[slot] = id;
        return id;
    }

    private int Lookup(Term term)
    {
        var datatypeId = term is Literal { Language: null } l && !l.Datatype.Equals(Xsd.String) ? DatatypeId(l.Datatype) : 0;
        var max = MaxKeyLength(term);
        byte[]? rented = null;
        Span<byte> buffer = max <= StackKeyLimit ? stackalloc byte[StackKeyLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            return GetOrAddKey(buffer[..WriteKey(term, datatypeId, buffer)]);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private int DatatypeId(Iri datatype)
    {
        if (_datatypeIds.TryGetValue(datatype.Value, out var id)) return id;
        id = GetOrAdd(datatype);
        if (_datatypeIds.Count < DatatypeCacheLimit) _datatypeIds[datatype.Value] = id;
        return id;
    }

    /// <summary>Finds the id of <paramref name="term"/> without adding it (safe for concurrent readers).</summary>
    public bool TryGetId(Term term, out int id)
    {
        ArgumentNullException.ThrowIfNull(term);
        id = 0;
        var datatypeId = 0;
        if (term is Literal { Language: null } l && !l.Datatype.Equals(Xsd.String) && !TryGetId(l.Datatype, out datatypeId))
            return false;
        var max = MaxKeyLength(term);
        byte[]? rented = null;
        Span<byte> buffer = max <= StackKeyLimit ? stackalloc byte[StackKeyLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var key = buffer[..WriteKey(term, datatypeId, buffer)];
            id = Find(key, Utf8Hash.Compute(key));
            return id != 0;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The id of <paramref name="term"/>, or 0 when the dictionary does not hold it.</summary>
    public int GetId(Term term) => TryGetId(term, out var id) ? id : 0;

    private static int MaxKeyLength(Term term) => term switch
    {
        Iri i => 1 + s_utf8.GetMaxByteCount(i.Value.Length),
        BlankNode b => 1 + s_utf8.GetMaxByteCount(b.Label.Length),
        Literal l => 6 + s_utf8.GetMaxByteCount(l.LexicalForm.Length) + (l.Language is null ? 0 : s_utf8.GetMaxByteCount(l.Language.Length)),
        _ => throw new System.Diagnostics.UnreachableException(term.GetType().Name),
    };

    private static int WriteKey(Term term, int datatypeId, Span<byte> buffer)
    {
        switch (term)
        {
            case Iri i:
                buffer[0] = (byte)KeyTag.Iri;
                return 1 + s_utf8.GetBytes(i.Value, buffer[1..]);
            case BlankNode b:
                buffer[0] = (byte)KeyTag.BlankNode;
                return 1 + s_utf8.GetBytes(b.Label, buffer[1..]);
            case Literal { Language: { } language } l:
            {
                buffer[0] = (byte)KeyTag.LangLiteral;
                var n = s_utf8.GetBytes(language, buffer[2..]);
                if (n > byte.MaxValue) throw new ArgumentException($"language tag longer than 255 bytes: {language}", nameof(term));
                buffer[1] = (byte)n;
                return 2 + n + s_utf8.GetBytes(l.LexicalForm, buffer[(2 + n)..]);
            }
            case Literal l when datatypeId == 0:
                buffer[0] = (byte)KeyTag.SimpleLiteral;
                return 1 + s_utf8.GetBytes(l.LexicalForm, buffer[1..]);
            case Literal l:
                buffer[0] = (byte)KeyTag.TypedLiteral;
                BinaryPrimitives.WriteInt32LittleEndian(buffer[1..], datatypeId);
                return 5 + s_utf8.GetBytes(l.LexicalForm, buffer[5..]);
            default:
                throw new System.Diagnostics.UnreachableException(term.GetType().Name);
        }
    }
}
