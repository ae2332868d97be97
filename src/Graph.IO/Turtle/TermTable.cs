using System.Runtime.InteropServices;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.Turtle;

/// <summary>
/// Numbers distinct terms by their UTF-8 bytes (an open-addressing hash over chunks of bytes): no string and no term
/// object per statement, and a handful of large arrays the garbage collector never has to trace.
/// A term's key is a tag byte, its value, then for a literal 0xFF (never in UTF-8) and its language or datatype id.
/// </summary>
internal sealed partial class TermTable
{
    private const byte TagIri = 0, TagBlank = 1, TagString = 2, TagLanguage = 3, TagTyped = 4;
    private const byte Separator = 0xFF;

    // The keys live in chunks of up to 4 MB (a longer key gets a chunk of its own): growing never copies them, and no
    // single array grows to the size of the whole document. A key's start is its chunk number × 4 MB + its offset.
    private const int ChunkBits = 22, ChunkSize = 1 << ChunkBits;
    private readonly List<byte[]> _chunks = [new byte[1 << 16]];
    private byte[] _chunk;
    private int _chunkUsed;
    // Per id: where its key starts (high half) and its length (low half), one read for both.
    private long[] _places = new long[1024];
    private byte[] _kinds = new byte[1024];
    // Hash in the high half, id + 1 in the low half (0 = empty): a probe reads one array until the hashes match.
    private long[] _slots = new long[2048];
    private readonly Term?[] _recent = new Term?[4096];
    private readonly int[] _recentIds = new int[4096];

    public TermTable() => _chunk = _chunks[0];

    public int Count { get; private set; }

    private int _hashed;

    /// <summary>
    /// The term's id: the same id for the same IRI or blank node; a literal gets a new id each time unless
    /// <paramref name="internLiterals"/> (most literals occur once, and hashing them would cost more than it saves).
    /// </summary>
    public int Intern(in Utf8Term term, bool internLiterals = true)
    {
        switch (term.Kind)
        {
            case TermKind.Iri: return InternName(TagIri, term.Value);
            case TermKind.BlankNode: return InternName(TagBlank, term.Value);
            case TermKind.Literal when !term.Language.IsEmpty: return Intern(TagLanguage, term.Value, term.Language, -1, internLiterals);
            case TermKind.Literal when term.Datatype.IsEmpty || term.Datatype.SequenceEqual(XsdString): return Intern(TagString, term.Value, default, -1, internLiterals);
            case TermKind.Literal: return Intern(TagTyped, term.Value, default, Datatype(term.Datatype), internLiterals);
            default: throw new System.Diagnostics.UnreachableException(term.Kind.ToString());
        }
    }

    private readonly List<int> _datatypes = [];
    private readonly int[] _recentDatatypes = new int[16]; // id + 1: a few datatypes alternate line after line

    /// <summary>The ids of the datatype IRIs of the typed literals interned so far (not xsd:string, not rdf:langString).</summary>
    public IReadOnlyList<int> Datatypes => _datatypes;

    private int Datatype(ReadOnlySpan<byte> iri) => NoteDatatype(InternName(TagIri, iri));

    private int NoteDatatype(int id)
    {
        ref var recent = ref _recentDatatypes[id & 15];
        if (recent != id + 1)
        {
            if (!_datatypes.Contains(id)) _datatypes.Add(id);
            recent = id + 1;
        }
        return id;
    }

    /// <summary>Whether two ids stand for the same term.</summary>
    public bool SameTerm(int x, int y) => x == y || ((int)_places[x] == (int)_places[y] && Key(x).SequenceEqual(Key(y)));

    private static ReadOnlySpan<byte> XsdString => "http://www.w3.org/2001/XMLSchema#string"u8;

    /// <summary>An IRI or blank node: looked up without first copying it.</summary>
    private int InternName(byte tag, ReadOnlySpan<byte> value)
    {
        // Subjects, predicates and classes recur line after line: a small table of recent keys skips the hashing.
        var n = value.Length;
        ref var recent = ref _recentKeys[n == 0 ? 0 : (n * 31 + value[n - 1] * 7 + (n > 1 ? value[n - 2] : 0) + tag) & (RecentKeys - 1)];
        if (recent > 0 && Matches(recent - 1, tag, value)) return recent - 1;
        var hash = Hash(tag, value);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var packed = _slots[slot];
            if (packed == 0)
            {
                var key = Reserve(1 + n);
                key[0] = tag;
                value.CopyTo(key[1..]);
                var id = Keep(tag, 1 + n);
                _slots[slot] = ((long)hash << 32) | (uint)(id + 1);
                if (++_hashed * 2 > _slots.Length) Grow();
                recent = id + 1;
                return id;
            }
            if ((int)(packed >> 32) != hash) continue;
            var entry = (int)(uint)packed - 1;
            if (Matches(entry, tag, value))
            {
                recent = entry + 1;
                return entry;
            }
        }
    }

    private bool Matches(int id, byte tag, ReadOnlySpan<byte> value)
    {
        var place = _places[id];
        if ((int)place != value.Length + 1) return false;
        var start = (int)(place >> 32);
        var key = _chunks[start >> ChunkBits].AsSpan(start & (ChunkSize - 1), value.Length + 1);
        return key[0] == tag && key[1..].SequenceEqual(value);
    }

    private int Intern(byte tag, ReadOnlySpan<byte> value, ReadOnlySpan<byte> language, int datatype, bool lookUp)
    {
        var size = 1 + value.Length + (tag >= TagString ? 1 + (tag == TagTyped ? 4 : language.Length) : 0);
        // The key is written where it would be kept; it stays only when the term is new.
        var key = Reserve(size);
        key[0] = tag;
        value.CopyTo(key[1..]);
        if (tag >= TagString)
        {
            key[1 + value.Length] = Separator;
            if (tag == TagTyped) MemoryMarshal.Write(key[(2 + value.Length)..], datatype);
            else language.CopyTo(key[(2 + value.Length)..]);
        }
        if (!lookUp) return Keep(tag, size);
        ref var recent = ref _recentKeys[(size * 31 + key[^1] * 7 + key[^2]) & (RecentKeys - 1)];
        if (recent > 0 && Key(recent - 1).SequenceEqual(key)) return recent - 1;
        var id = InternHashed(key, tag, size);
        recent = id + 1;
        return id;
    }

    private const int RecentKeys = 1024;
    private readonly int[] _recentKeys = new int[RecentKeys]; // id + 1

    private int InternHashed(ReadOnlySpan<byte> key, byte tag, int size)
    {
        var hash = Hash(key[0], key[1..]);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var packed = _slots[slot];
            if (packed == 0)
            {
                var id = Keep(tag, size);
                _slots[slot] = ((long)hash << 32) | (uint)(id + 1);
                if (++_hashed * 2 > _slots.Length) Grow();
                return id;
            }
            if ((int)(packed >> 32) != hash) continue;
            var entry = (int)(uint)packed - 1;
            if (Key(entry).SequenceEqual(key)) return entry;
        }
    }

    /// <summary>Room for a key of <paramref name="size"/> bytes after the last one kept (<see cref="Keep"/> keeps it).</summary>
    private Span<byte> Reserve(int size)
    {
        if (_chunkUsed + size > _chunk.Length)
        {
            if (_chunk.Length < ChunkSize && _chunkUsed + size <= ChunkSize)
            {
                // The first chunk grows up to the full size, so that a small document stays small.
                Array.Resize(ref _chunk, Math.Min(ChunkSize, Math.Max(_chunk.Length * 2, _chunkUsed + size)));
                _chunks[^1] = _chunk;
            }
            else
            {
                if (_chunks.Count == int.MaxValue >> ChunkBits) throw new InvalidOperationException("More than 2 GB of distinct terms.");
                _chunk = new byte[Math.Max(ChunkSize, size)];
                _chunks.Add(_chunk);
                _chunkUsed = 0;
            }
        }
        return _chunk.AsSpan(_chunkUsed, size);
    }

    /// <summary>Keeps the key just written by <see cref="Reserve"/> under a new id.</summary>
    private int Keep(byte tag, int size)
    {
        var id = Count++;
        if (id == _places.Length)
        {
            Array.Resize(ref _places, id * 2);
            Array.Resize(ref _kinds, id * 2);
        }
        _places[id] = ((long)(((_chunks.Count - 1) << ChunkBits) | _chunkUsed) << 32) | (uint)size;
        _kinds[id] = tag;
        _chunkUsed += size;
        return id;
    }

    /// <summary>A multiply–rotate hash over 8 bytes at a time (keys share long prefixes, so the last 8 bytes always count).</summary>
    private static int Hash(byte tag, ReadOnlySpan<byte> value)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        var h = ((ulong)tag << 56) ^ (ulong)value.Length ^ K;
        ref var p = ref MemoryMarshal.GetReference(value);
        var n = value.Length;
        if (n >= 8)
        {
            for (var i = 0; i < n - 8; i += 8)
                h = System.Numerics.BitOperations.RotateLeft((h ^ System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref p, i))) * K, 29);
            h = System.Numerics.BitOperations.RotateLeft((h ^ System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref p, n - 8))) * K, 29);
        }
        else
        {
            ulong tail = 0;
            for (var i = 0; i < n; i++) tail = (tail << 8) | System.Runtime.CompilerServices.Unsafe.Add(ref p, i);
            h = System.Numerics.BitOperations.RotateLeft((h ^ tail) * K, 29);
        }
        h ^= h >> 32;
        h *= K;
        h ^= h >> 29;
        return (int)h & int.MaxValue;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var packed in old)
        {
            if (packed == 0) continue;
            var slot = (int)(packed >> 32) & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = packed;
        }
    }

    private ReadOnlySpan<byte> Key(int id)
    {
        var place = _places[id];
        var start = (int)(place >> 32);
        return _chunks[start >> ChunkBits].AsSpan(start & (ChunkSize - 1), (int)place);
    }

    public TermKind KindOf(int id) => _kinds[id] switch
    {
        TagIri => TermKind.Iri,
        TagBlank => TermKind.BlankNode,
        _ => TermKind.Literal,
    };

    /// <summary>The IRI, blank node label or lexical form.</summary>
    public ReadOnlySpan<byte> ValueOf(int id)
    {
        var key = Key(id)[1..];
        var tag = _kinds[id];
        if (tag < TagString) return key;
        return key[..SeparatorIn(key, tag)];
    }

    /// <summary>Where the separator is in a literal's key after its tag: last for a string, 4 bytes before the end when typed.</summary>
    private static int SeparatorIn(ReadOnlySpan<byte> key, byte tag) => tag switch
    {
        TagString => key.Length - 1,
        TagTyped => key.Length - 5,
        _ => key.LastIndexOf(Separator),
    };

    /// <summary>
    /// A literal's lexical form and its language (or, with <paramref name="datatype"/> ≥ 0, its datatype's id);
    /// false for other terms. A literal with neither is an xsd:string.
    /// </summary>
    public bool TryGetLiteral(int id, out ReadOnlySpan<byte> lexical, out ReadOnlySpan<byte> language, out int datatype)
    {
        var tag = _kinds[id];
        lexical = language = default;
        datatype = -1;
        if (tag < TagString) return false;
        var key = Key(id)[1..];
        var separator = SeparatorIn(key, tag);
        lexical = key[..separator];
        if (tag == TagLanguage) language = key[(separator + 1)..];
        else if (tag == TagTyped) datatype = MemoryMarshal.Read<int>(key[(separator + 1)..]);
        return true;
    }

    /// <summary>The term as an object; recent ones are kept, so repeated objects and datatypes share one instance.</summary>
    public Term TermOf(int id)
    {
        var slot = id & (_recent.Length - 1);
        if (_recentIds[slot] == id && _recent[slot] is { } cached) return cached;
        var term = Create(id);
        _recent[slot] = term;
        _recentIds[slot] = id;
        return term;
    }

    private Term Create(int id)
    {
        var key = Key(id);
        var tag = key[0];
        if (tag == TagIri) return new Iri(Encoding.UTF8.GetString(key[1..]));
        if (tag == TagBlank) return new BlankNode(Encoding.UTF8.GetString(key[1..]));
        var separator = 1 + SeparatorIn(key[1..], tag);
        var lexical = Encoding.UTF8.GetString(key[1..separator]);
        var extra = key[(separator + 1)..];
        return tag switch
        {
            TagString => new Literal(lexical, Xsd.String),
            TagLanguage => new Literal(lexical, Encoding.UTF8.GetString(extra)),
            TagTyped => new Literal(lexical, (Iri)TermOf(MemoryMarshal.Read<int>(extra))),
            _ => throw new System.Diagnostics.UnreachableException(tag.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }
}
