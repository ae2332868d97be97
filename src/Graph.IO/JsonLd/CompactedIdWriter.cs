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

    // Per term id: the encoded @id of an IRI (start + 1 in _idArena, 0 = none), a blank node's label number + 1.
    private int[] _idStarts = [];
    private int[] _idLengths = [];
    private byte[] _idArena = new byte[1 << 16];
    private int _idUsed;
    private int[] _labels = [];
    private int _nextLabel;

    private readonly Dictionary<int, TypeName> _types = [];

    /// <summary>A class as the value of <c>@type</c>: its name, and encoded.</summary>
    private sealed record TypeName(string Name, byte[] Encoded);
    private readonly Dictionary<int, DatatypeInfo> _datatypes = [];
    private readonly List<(byte[] Bytes, string Text, byte[] Encoded)> _languages = [];
    private int[] _predicateSlots = [];
    private readonly List<PredicateKeys> _predicates = [];
    private int _rdfType = -2;

    public CompactKeyTable Keys => keys;

    /// <summary>A key as written: its name, encoded, and its shape (the rank of its name is in <see cref="_keyRanks"/>).</summary>
    private sealed record KeyInfo(string Name, byte[] Encoded, CompactKeyTable.Shape Shape);

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
        _pairForms = new ValueForm[objects.Length];
        _pairData = new long[objects.Length];
        for (var e = 0; e < layout.EntryCount; e++)
        {
            var subject = layout.SubjectOf(e);
            if (_terms.KindOf(subject) == TermKind.Iri) PrepareId(subject);
            var end = layout.EntryStarts[e] + layout.EntryLengths[e];
            for (var i = layout.EntryStarts[e]; i < end; i++) _pairKeys[i] = PreparePair(predicates[i], objects[i], out _pairForms[i], out _pairData[i]);
        }
        // Plain loops over a few keys: generic LINQ over them would be compiled at run time, once per process.
        var names = new string[_keys.Count];
        for (var k = 0; k < names.Length; k++) names[k] = _keys[k].Name;
        Array.Sort(names, StringComparer.Ordinal);
        _keyRanks = new int[_keys.Count];
        _keyLanguageMaps = new bool[_keys.Count];
        for (var k = 0; k < _keys.Count; k++)
        {
            // Equal names share the rank of the first: values under one name are written together.
            var rank = Array.BinarySearch(names, _keys[k].Name, StringComparer.Ordinal);
            while (rank > 0 && names[rank - 1] == _keys[k].Name) rank--;
            _keyRanks[k] = rank;
            _keyLanguageMaps[k] = _keys[k].Shape == CompactKeyTable.Shape.LanguageMap;
        }
    }

    /// <summary>How a value is written, decided once per pair while preparing (as <see cref="CompactedGraphWriter"/> decides it while writing).</summary>
    private enum ValueForm : byte
    {
        Nested,          // a nestable blank node subject: data = its entry
        Empty,           // a nestable blank node that is no subject: {}
        Id,              // the @id string of an IRI: data = start << 32 | length in the id arena
        Label,           // the @id string of a blank node: data = its term id
        IdObject,        // { "@id": … } of an IRI
        LabelObject,     // { "@id": … } of a blank node
        Lexical,         // the lexical form as a string: data = the literal's id
        Raw,             // a boolean or integer as it is
        WithLanguage,    // { "@value": …, "@language": … }
        WithType,        // { "@value": …, "@type": … }
    }

    private ValueForm[] _pairForms = [];
    private long[] _pairData = [];
    private int[] _keyRanks = [];
    private bool[] _keyLanguageMaps = [];

    /// <summary>The key of a pair (or <see cref="TypeValue"/>) and how its value is written; asks the key table what writing will need.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PreparePair(int p, int o, out ValueForm form, out long data)
    {
        data = o;
        if (_terms.TryGetLiteral(o, out var lexical, out var language, out var datatype))
        {
            var key = KeyOf(p, isLiteral: true, language, datatype);
            var shape = _keys[key].Shape;
            if (shape == CompactKeyTable.Shape.LexicalString)
            {
                form = ValueForm.Lexical;
                return key;
            }
            var literalForm = FormOf(lexical, language, datatype);
            if (literalForm == LiteralForm.WithType && shape == CompactKeyTable.Shape.Object)
            {
                var info = Datatype(datatype);
                info.EncodedType ??= keys.EncodedType(info.Iri.Value);
            }
            form = literalForm switch
            {
                LiteralForm.String => ValueForm.Lexical,
                LiteralForm.Boolean or LiteralForm.Integer => ValueForm.Raw,
                LiteralForm.WithLanguage => ValueForm.WithLanguage,
                _ => ValueForm.WithType,
            };
            return key;
        }
        var blank = _terms.KindOf(o) == TermKind.BlankNode;
        if (!blank && IsRdfType(p))
        {
            if (!_types.ContainsKey(o))
            {
                var iri = Encoding.UTF8.GetString(_terms.ValueOf(o));
                _types[o] = new TypeName(keys.Type(iri), keys.EncodedType(iri));
            }
            form = default;
            return TypeValue;
        }
        var nodeKey = KeyOf(p, isLiteral: false, default, -1);
        if (blank && layout.IsNestable(o))
        {
            var entry = layout.EntryOf(o);
            (form, data) = entry >= 0 ? (ValueForm.Nested, entry) : (ValueForm.Empty, 0);
            return nodeKey;
        }
        if (!blank)
        {
            PrepareId(o);
            data = ((long)(_idStarts[o] - 1) << 32) | (uint)_idLengths[o];
        }
        form = _keys[nodeKey].Shape == CompactKeyTable.Shape.IdString
            ? (blank ? ValueForm.Label : ValueForm.Id)
            : (blank ? ValueForm.LabelObject : ValueForm.IdObject);
        return nodeKey;
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
        var value = _terms.ValueOf(iri);
        var length = keys.IsOwnId(value)
            ? IndentedJsonWriter.EncodeInto(value, ref _idArena, _idUsed)
            : IndentedJsonWriter.EncodeInto(keys.Id(Encoding.UTF8.GetString(value)), ref _idArena, _idUsed);
        _idStarts[iri] = _idUsed + 1;
        _idLengths[iri] = length;
        _idUsed += length;
    }

    /// <summary>The key of a (predicate, object) pair, chosen once per predicate and object kind, datatype or language.</summary>
    private int KeyOf(int p, bool isLiteral, ReadOnlySpan<byte> language, int datatype)
    {
        var slot = _predicateSlots[p] - 1;
        if (slot < 0)
        {
            slot = _predicates.Count;
            _predicates.Add(new PredicateKeys((Iri)_terms.TermOf(p)));
            _predicateSlots[p] = slot + 1;
        }
        var keysOf = _predicates[slot];
        if (!isLiteral)
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
        for (var k = 0; k < _keys.Count; k++)
            if (_keys[k].Shape == key.Shape && _keys[k].Name == key.Name) return k;
        var index = _keys.Count;
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

    private int _lastDatatypeId = -1;
    private DatatypeInfo? _lastDatatype;

    private DatatypeInfo Datatype(int id)
    {
        if (id == _lastDatatypeId) return _lastDatatype!;
        if (!_datatypes.TryGetValue(id, out var info))
        {
            var iri = (Iri)_terms.TermOf(id);
            var kind = iri.Equals(Xsd.Boolean) ? DatatypeKind.Boolean : iri.Equals(Xsd.Integer) ? DatatypeKind.Integer : DatatypeKind.Other;
            _datatypes[id] = info = new DatatypeInfo(iri, kind);
        }
        _lastDatatypeId = id;
        return _lastDatatype = info;
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
        if (start > 0) _json.WriteRawValue(_idArena.AsSpan(start - 1, _idLengths[term]));
        else WriteLabel(term);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteId(long span) => _json.WriteRawValue(_idArena.AsSpan((int)(span >> 32), (int)span));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteLabel(int term)
    {
        var label = _labels[term] - 1;
        if (label < 0) _labels[term] = (label = _nextLabel++) + 1;
        Span<byte> text = stackalloc byte[16];
        "\"_:b"u8.CopyTo(text);
        label.TryFormat(text[4..], out var digits, provider: CultureInfo.InvariantCulture);
        text[4 + digits] = (byte)'"';
        _json.WriteRawValue(text[..(5 + digits)]);
    }
}
