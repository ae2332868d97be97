using System.Runtime.InteropServices;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.Turtle;

/// <summary>
/// Numbers distinct terms by their UTF-8 bytes (an open-addressing hash over one byte arena): no string and no term
/// object per statement, and a handful of large arrays the garbage collector never has to trace.
/// A term's key is a tag byte, its value, then for a literal 0xFF (never in UTF-8) and its language or datatype id.
/// </summary>
internal sealed class TermTable
{
    private const byte TagIri = 0, TagBlank = 1, TagString = 2, TagLanguage = 3, TagTyped = 4;
    private const byte Separator = 0xFF;

    private byte[] _arena = new byte[1 << 20];
    private int _used;
    private int[] _starts = new int[1024];
    private int[] _lengths = new int[1024];
    private byte[] _kinds = new byte[1024];
    // Hash in the high half, id + 1 in the low half (0 = empty): a probe reads one array until the hashes match.
    private long[] _slots = new long[2048];
    private readonly Term?[] _recent = new Term?[4096];
    private readonly int[] _recentIds = new int[4096];

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
            case TermKind.Iri: return Intern(TagIri, term.Value, default, -1, true);
            case TermKind.BlankNode: return Intern(TagBlank, term.Value, default, -1, true);
            case TermKind.Literal when !term.Language.IsEmpty: return Intern(TagLanguage, term.Value, term.Language, -1, internLiterals);
            case TermKind.Literal when term.Datatype.IsEmpty || term.Datatype.SequenceEqual(XsdString): return Intern(TagString, term.Value, default, -1, internLiterals);
            case TermKind.Literal: return Intern(TagTyped, term.Value, default, Intern(TagIri, term.Datatype, default, -1, true), internLiterals);
            default: throw new System.Diagnostics.UnreachableException(term.Kind.ToString());
        }
    }

    /// <summary>Whether two ids stand for the same term.</summary>
    public bool SameTerm(int x, int y) => x == y || (_lengths[x] == _lengths[y] && Key(x).SequenceEqual(Key(y)));

    private static ReadOnlySpan<byte> XsdString => "http://www.w3.org/2001/XMLSchema#string"u8;

    private int Intern(byte tag, ReadOnlySpan<byte> value, ReadOnlySpan<byte> language, int datatype, bool lookUp)
    {
        var size = 1 + value.Length + (tag >= TagString ? 1 + (tag == TagTyped ? 4 : language.Length) : 0);
        if (_used + size > _arena.Length) Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + size));
        // The key is written where it would be kept; it stays only when the term is new.
        var key = _arena.AsSpan(_used, size);
        key[0] = tag;
        value.CopyTo(key[1..]);
        if (tag >= TagString)
        {
            key[1 + value.Length] = Separator;
            if (tag == TagTyped) MemoryMarshal.Write(key[(2 + value.Length)..], datatype);
            else language.CopyTo(key[(2 + value.Length)..]);
        }
        if (!lookUp) return Keep(tag, size);
        // Subjects, predicates and classes recur line after line: a small table of recent keys skips the hashing.
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
        var hash = Hash(key);
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

    /// <summary>Keeps the key just written at the end of the arena under a new id.</summary>
    private int Keep(byte tag, int size)
    {
        var id = Count++;
        if (id == _starts.Length)
        {
            Array.Resize(ref _starts, id * 2);
            Array.Resize(ref _lengths, id * 2);
            Array.Resize(ref _kinds, id * 2);
        }
        _starts[id] = _used;
        _lengths[id] = size;
        _kinds[id] = tag;
        _used += size;
        return id;
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var h = new HashCode();
        h.AddBytes(key);
        return h.ToHashCode() & int.MaxValue;
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

    private ReadOnlySpan<byte> Key(int id) => _arena.AsSpan(_starts[id], _lengths[id]);

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
        if (_kinds[id] < TagString) return key;
        return key[..key.LastIndexOf(Separator)];
    }

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
        var separator = key.LastIndexOf(Separator);
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
        var separator = key.LastIndexOf(Separator);
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

    /// <summary>
    /// Compares two UTF-8 strings as <see cref="string.CompareOrdinal(string, string)"/> compares their UTF-16 forms:
    /// code point order, except that U+E000–U+FFFF sort after the supplementary planes (whose surrogates are lower).
    /// </summary>
    public static int CompareUtf16(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var i = a.CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length.CompareTo(b.Length);
        while (i > 0 && (a[i] & 0xC0) == 0x80) i--;
        Rune.DecodeFromUtf8(a[i..], out var x, out _);
        Rune.DecodeFromUtf8(b[i..], out var y, out _);
        return Utf16Key(x.Value).CompareTo(Utf16Key(y.Value));
    }

    private static int Utf16Key(int c) => c is >= 0xE000 and <= 0xFFFF ? c + 0x100000 : c;
}
