using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Turtle;

namespace Graph.IO.JsonLd;

/// <summary>
/// Writes the <c>@graph</c> array of the compacted form from a planned <see cref="CompactedIdLayout"/>, in exactly the
/// bytes <see cref="CompactedGraphWriter"/> writes for the same statements. <see cref="Prepare"/> asks the
/// <see cref="CompactKeyTable"/> once per predicate and object kind, per class and per IRI (so that
/// <see cref="CompactKeyTable.Used"/> is complete and refusals come before any output) and keeps each answer as
/// encoded JSON by id; writing then copies bytes, and escapes a lexical form only where JSON needs it.
/// </summary>
internal sealed partial class CompactedIdWriter(CompactedIdLayout layout, CompactKeyTable keys)
{
    private static readonly byte[] s_id = IndentedJsonWriter.Encode("@id");
    private static readonly byte[] s_type = IndentedJsonWriter.Encode("@type");
    private static readonly byte[] s_value = IndentedJsonWriter.Encode("@value");
    private static readonly byte[] s_language = IndentedJsonWriter.Encode("@language");
    private static readonly byte[] s_graph = IndentedJsonWriter.Encode("@graph");

    private readonly TermTable _terms = layout.Terms;

    /// <summary>Per pair of the layout: the index of its key in <see cref="_keys"/>, or <see cref="TypeValue"/>.</summary>
    private int[] _pairKeys = [];
    private const int TypeValue = -1;

    private readonly List<KeyInfo> _keys = [];
    private readonly Dictionary<CompactKeyTable.Key, int> _keyIndex = [];

    // Per term id: the encoded @id of an IRI (start + 1 in _idArena, 0 = none), a blank node's label number + 1.
    private int[] _idStarts = [];
    private int[] _idLengths = [];
    private byte[] _idArena = new byte[1 << 16];
    private int _idUsed;
    private int[] _labels = [];
    private int _nextLabel;

    private readonly Dictionary<int, (string Name, byte[] Encoded)> _types = [];
    private readonly Dictionary<int, DatatypeInfo> _datatypes = [];
    private readonly List<(byte[] Bytes, string Text, byte[] Encoded)> _languages = [];
    private int[] _predicateSlots = [];
    private readonly List<PredicateKeys> _predicates = [];
    private int _rdfType = -2;

    public CompactKeyTable Keys => keys;

    /// <summary>A key as written: its name encoded, its shape, and the rank of its name in ordinal order.</summary>
    private sealed record KeyInfo(string Name, byte[] Encoded, CompactKeyTable.Shape Shape)
    {
        public int Rank { get; set; }
    }

    private sealed class PredicateKeys(Iri predicate)
    {
        public Iri Predicate { get; } = predicate;
        public int Node = -1;
        public int String = -1;
        public readonly Dictionary<int, int> ByDatatype = [];
        public readonly Dictionary<int, int> ByLanguage = [];
    }

    private enum DatatypeKind : byte { Other, Boolean, Integer }

    private sealed record DatatypeInfo(Iri Iri, DatatypeKind Kind)
    {
        public byte[]? EncodedType { get; set; }
    }

    /// <summary>
    /// Asks the key table for everything writing will need, as <see cref="CompactedGraphWriter.Prepare"/> does; throws
    /// what the table throws (<see cref="CompactKeyTable.ConfusedWithPrefix"/>) before any output.
    /// </summary>
    public void Prepare()
    {
        var count = _terms.Count;
        _idStarts = new int[count];
        _idLengths = new int[count];
        _labels = new int[count];
        _predicateSlots = new int[count];
        var predicates = layout.PairPredicates;
        var objects = layout.PairObjects;
        _pairKeys = new int[objects.Length];
        for (var e = 0; e < layout.EntryCount; e++)
        {
            var subject = layout.SubjectOf(e);
            if (_terms.KindOf(subject) == TermKind.Iri) PrepareId(subject);
            var end = layout.EntryStarts[e] + layout.EntryLengths[e];
            for (var i = layout.EntryStarts[e]; i < end; i++) _pairKeys[i] = PreparePair(predicates[i], objects[i]);
        }
        var byName = _keys.Select(k => k.Name).Distinct().Order(StringComparer.Ordinal).Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        foreach (var key in _keys) key.Rank = byName[key.Name];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PreparePair(int p, int o)
    {
        var kind = _terms.KindOf(o);
        if (kind == TermKind.Iri && IsRdfType(p))
        {
            if (!_types.ContainsKey(o))
            {
                var iri = Encoding.UTF8.GetString(_terms.ValueOf(o));
                _types[o] = (keys.Type(iri), keys.EncodedType(iri));
            }
            return TypeValue;
        }
        var key = KeyOf(p, o);
        if (kind == TermKind.Iri) PrepareId(o);
        else if (kind == TermKind.Literal && _keys[key].Shape == CompactKeyTable.Shape.Object && FormOf(o, out _, out _) == LiteralForm.WithType)
        {
            _terms.TryGetLiteral(o, out _, out _, out var datatype);
            var info = Datatype(datatype);
            info.EncodedType ??= keys.EncodedType(info.Iri.Value);
        }
        return key;
    }

    private bool IsRdfType(int p)
    {
        if (_rdfType == -2)
        {
            if (!_terms.ValueOf(p).SequenceEqual("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"u8)) return false;
            _rdfType = p;
        }
        return p == _rdfType;
    }

    private void PrepareId(int iri)
    {
        if (_idStarts[iri] != 0) return;
        var encoded = IndentedJsonWriter.Encode(keys.Id(Encoding.UTF8.GetString(_terms.ValueOf(iri))));
        if (_idUsed + encoded.Length > _idArena.Length) Array.Resize(ref _idArena, Math.Max(_idArena.Length * 2, _idUsed + encoded.Length));
        encoded.CopyTo(_idArena.AsSpan(_idUsed));
        _idStarts[iri] = _idUsed + 1;
        _idLengths[iri] = encoded.Length;
        _idUsed += encoded.Length;
    }

    /// <summary>The key of a (predicate, object) pair, chosen once per predicate and object kind, datatype or language.</summary>
    private int KeyOf(int p, int o)
    {
        var slot = _predicateSlots[p] - 1;
        if (slot < 0)
        {
            slot = _predicates.Count;
            _predicates.Add(new PredicateKeys((Iri)_terms.TermOf(p)));
            _predicateSlots[p] = slot + 1;
        }
        var keysOf = _predicates[slot];
        if (!_terms.TryGetLiteral(o, out _, out var language, out var datatype))
            return keysOf.Node >= 0 ? keysOf.Node : keysOf.Node = Add(keys.ForNode(keysOf.Predicate));
        if (!language.IsEmpty)
        {
            var index = LanguageIndex(language);
            if (!keysOf.ByLanguage.TryGetValue(index, out var key))
                keysOf.ByLanguage[index] = key = Add(keys.ForLanguage(keysOf.Predicate, _languages[index].Text));
            return key;
        }
        if (datatype < 0) return keysOf.String >= 0 ? keysOf.String : keysOf.String = Add(keys.ForDatatype(keysOf.Predicate, Xsd.String));
        if (!keysOf.ByDatatype.TryGetValue(datatype, out var typed))
            keysOf.ByDatatype[datatype] = typed = Add(keys.ForDatatype(keysOf.Predicate, Datatype(datatype).Iri));
        return typed;
    }

    private int Add(CompactKeyTable.Key key)
    {
        if (_keyIndex.TryGetValue(key, out var index)) return index;
        _keyIndex[key] = index = _keys.Count;
        _keys.Add(new KeyInfo(key.Name, key.EncodedName, key.Shape));
        return index;
    }

    private int _lastLanguage;

    private int LanguageIndex(ReadOnlySpan<byte> language)
    {
        if (_lastLanguage < _languages.Count && language.SequenceEqual(_languages[_lastLanguage].Bytes)) return _lastLanguage;
        for (var i = 0; i < _languages.Count; i++)
            if (language.SequenceEqual(_languages[i].Bytes)) return _lastLanguage = i;
        var text = Encoding.UTF8.GetString(language);
        _languages.Add((language.ToArray(), text, IndentedJsonWriter.Encode(text)));
        return _lastLanguage = _languages.Count - 1;
    }

    private DatatypeInfo Datatype(int id)
    {
        if (_datatypes.TryGetValue(id, out var info)) return info;
        var iri = (Iri)_terms.TermOf(id);
        var kind = iri.Equals(Xsd.Boolean) ? DatatypeKind.Boolean : iri.Equals(Xsd.Integer) ? DatatypeKind.Integer : DatatypeKind.Other;
        return _datatypes[id] = new DatatypeInfo(iri, kind);
    }

    /// <summary>Writes <c>"@graph": [ … ]</c> as the next member of the open object.</summary>
    public void Write(IndentedJsonWriter json, string graphKeyword)
    {
        _json = json;
        json.WritePropertyName(graphKeyword == "@graph" ? s_graph : IndentedJsonWriter.Encode(graphKeyword));
        json.WriteStartArray();
        foreach (var root in layout.Roots)
        {
            WriteNode(root, nested: false);
            json.FlushIfFull();
        }
        json.WriteEndArray();
    }

    private IndentedJsonWriter _json = null!;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteNode(int entry, bool nested)
    {
        _json.WriteStartObject();
        if (!nested)
        {
            _json.WritePropertyName(s_id);
            WriteIdValue(layout.SubjectOf(entry));
        }
        WriteProperties(entry);
        _json.WriteEndObject();
    }

    /// <summary>An IRI's compacted form or a blank node's label (<c>_:b0</c>, <c>_:b1</c>… in order of writing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteIdValue(int term)
    {
        var start = _idStarts[term];
        if (start > 0)
        {
            _json.WriteRawValue(_idArena.AsSpan(start - 1, _idLengths[term]));
            return;
        }
        if (_terms.KindOf(term) != TermKind.BlankNode) throw new InvalidOperationException("a literal has no @id");
        var label = _labels[term] - 1;
        if (label < 0) _labels[term] = (label = _nextLabel++) + 1;
        Span<byte> text = stackalloc byte[16];
        "\"_:b"u8.CopyTo(text);
        label.TryFormat(text[4..], out var digits, provider: CultureInfo.InvariantCulture);
        text[4 + digits] = (byte)'"';
        _json.WriteRawValue(text[..(5 + digits)]);
    }
}
