using System.Buffers.Text;
using System.Runtime.CompilerServices;
using Graph.Core.Terms;
using Graph.IO.Turtle;

namespace Graph.IO.JsonLd;

internal sealed partial class CompactedIdWriter
{
    /// <summary>One value under its key: the key's index, its language-map entry (see <see cref="SubOf"/>) and the object.</summary>
    private readonly record struct Value(int Key, int Rank, int Sub, int Object, int Pair);

    private const int NoSub = -1, NoneSub = -2; // not in a language map; "@none"

    /// <summary>How a literal is written as the value of a key that takes value objects.</summary>
    private enum LiteralForm : byte { String, Boolean, Integer, WithLanguage, WithType }

    // Scratch lists per nesting depth: the common flat case allocates nothing per subject.
    private readonly List<(List<int> Types, List<Value> Values)> _scratch = [];
    private int _depth;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteProperties(int entry)
    {
        if (_depth == _scratch.Count) _scratch.Add(([], []));
        var (types, values) = _scratch[_depth++];
        try
        {
            var start = layout.EntryStarts[entry];
            var end = start + layout.EntryLengths[entry];
            var objects = layout.PairObjects;
            for (var i = start; i < end; i++)
            {
                var key = _pairKeys[i];
                if (key == TypeValue) types.Add(objects[i]);
                else values.Add(new Value(key, _keyRanks[key], SubOf(key, objects[i]), objects[i], i));
            }
            if (types.Count > 0) WriteTypes(types);
            if (values.Count > 1) SortAndDeduplicate(values);
            WriteValues(values);
        }
        finally
        {
            _depth--;
            types.Clear();
            values.Clear();
        }
    }

    private int SubOf(int key, int obj)
    {
        if (!_keyLanguageMaps[key]) return NoSub;
        _terms.TryGetLiteral(obj, out _, out var language, out _);
        return language.IsEmpty ? NoneSub : LanguageIndex(language);
    }

    private string SubText(int sub) => sub switch
    {
        NoSub => "",
        NoneSub => "@none",
        _ => _languages[sub].Text,
    };

    private void WriteTypes(List<int> types)
    {
        if (types.Count > 1)
        {
            types.Sort((a, b) => string.CompareOrdinal(_types[a].Name, _types[b].Name));
            for (var i = types.Count - 1; i > 0; i--)
                if (_types[types[i]].Name == _types[types[i - 1]].Name) types.RemoveAt(i);
        }
        _json.WritePropertyName(s_type);
        if (types.Count == 1) _json.WriteRawValue(_types[types[0]].Encoded);
        else
        {
            _json.WriteStartArray();
            foreach (var type in types) _json.WriteRawValue(_types[type].Encoded);
            _json.WriteEndArray();
        }
    }

    // A node has a handful of values, mostly under distinct keys: an insertion sort on the key's rank, with the full
    // comparison only between values of one key. The order is total up to duplicates, which are dropped next, so any
    // correct sort gives the object path's order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SortAndDeduplicate(List<Value> values)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
        for (var i = 1; i < span.Length; i++)
        {
            var item = span[i];
            var j = i - 1;
            while (j >= 0 && (span[j].Rank > item.Rank || (span[j].Rank == item.Rank && Compare(span[j], item) > 0)))
            {
                span[j + 1] = span[j];
                j--;
            }
            span[j + 1] = item;
        }
        for (var i = values.Count - 1; i > 0; i--)
            if (values[i].Rank == values[i - 1].Rank && _terms.SameTerm(values[i].Object, values[i - 1].Object)) values.RemoveAt(i);
    }

    /// <summary>By key name, language-map entry, then object in <see cref="TermComparer"/> order.</summary>
    private int Compare(Value a, Value b)
    {
        var c = a.Rank.CompareTo(b.Rank);
        if (c != 0) return c;
        if (a.Sub != b.Sub)
        {
            c = string.CompareOrdinal(SubText(a.Sub), SubText(b.Sub));
            if (c != 0) return c;
        }
        return CompareTerms(a.Object, b.Object);
    }

    private static ReadOnlySpan<byte> XsdStringIri => "http://www.w3.org/2001/XMLSchema#string"u8;
    private static ReadOnlySpan<byte> LangStringIri => "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"u8;

    /// <summary><see cref="TermComparer"/> on ids: kind, then value, then a literal's datatype and language.</summary>
    private int CompareTerms(int x, int y)
    {
        if (x == y) return 0;
        var c = ((int)_terms.KindOf(x)).CompareTo((int)_terms.KindOf(y));
        if (c != 0) return c;
        if (!_terms.TryGetLiteral(x, out var lx, out var gx, out var dx) | !_terms.TryGetLiteral(y, out var ly, out var gy, out var dy))
            return TermTable.CompareUtf16(_terms.ValueOf(x), _terms.ValueOf(y));
        c = TermTable.CompareUtf16(lx, ly);
        if (c != 0) return c;
        c = TermTable.CompareUtf16(DatatypeBytes(gx, dx), DatatypeBytes(gy, dy));
        return c != 0 ? c : gx.SequenceCompareTo(gy);
    }

    private ReadOnlySpan<byte> DatatypeBytes(ReadOnlySpan<byte> language, int datatype) =>
        !language.IsEmpty ? LangStringIri : datatype < 0 ? XsdStringIri : _terms.ValueOf(datatype);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteValues(List<Value> values)
    {
        var start = 0;
        while (start < values.Count)
        {
            var rank = values[start].Rank;
            var end = start + 1;
            while (end < values.Count && values[end].Rank == rank) end++;
            var key = _keys[values[start].Key];
            _json.WritePropertyName(key.Encoded);
            if (key.Shape == CompactKeyTable.Shape.LanguageMap) WriteLanguageMap(values, start, end);
            else
            {
                if (end - start > 1) _json.WriteStartArray();
                for (var k = start; k < end; k++) WriteValue(values[k].Pair);
                if (end - start > 1) _json.WriteEndArray();
            }
            start = end;
        }
    }

    private void WriteLanguageMap(List<Value> values, int start, int end)
    {
        _json.WriteStartObject();
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            while (j < end && values[j].Sub == values[i].Sub) j++;
            var sub = values[i].Sub;
            _json.WritePropertyName(sub >= 0 ? _languages[sub].Encoded : s_none);
            if (j - i > 1) _json.WriteStartArray();
            for (var k = i; k < j; k++)
            {
                if (!_terms.TryGetLiteral(values[k].Object, out var lexical, out _, out _)) throw new InvalidCastException("a language map holds literals");
                _json.WriteStringValue(lexical);
            }
            if (j - i > 1) _json.WriteEndArray();
            i = j;
        }
        _json.WriteEndObject();
    }

    private static readonly byte[] s_none = IndentedJsonWriter.Encode("@none");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteValue(int pair)
    {
        var data = _pairData[pair];
        switch (_pairForms[pair])
        {
            case ValueForm.Nested:
                WriteNode((int)data, nested: true);
                return;
            case ValueForm.Empty:
                _json.WriteStartObject();
                _json.WriteEndObject();
                return;
            case ValueForm.Id:
                WriteId(data);
                return;
            case ValueForm.Label:
                WriteLabel((int)data);
                return;
            case ValueForm.IdObject or ValueForm.LabelObject:
                _json.WriteStartObject();
                _json.WritePropertyName(s_id);
                if (_pairForms[pair] == ValueForm.IdObject) WriteId(data);
                else WriteLabel((int)data);
                _json.WriteEndObject();
                return;
        }
        _terms.TryGetLiteral((int)data, out var lexical, out var language, out var datatype);
        switch (_pairForms[pair])
        {
            case ValueForm.Lexical:
                _json.WriteStringValue(lexical);
                return;
            case ValueForm.Raw:
                _json.WriteRawValue(lexical);
                return;
            case ValueForm.WithLanguage:
                _json.WriteStartObject();
                _json.WritePropertyName(s_value);
                _json.WriteStringValue(lexical);
                _json.WritePropertyName(s_language);
                _json.WriteRawValue(_languages[LanguageIndex(language)].Encoded);
                _json.WriteEndObject();
                return;
            default:
                _json.WriteStartObject();
                _json.WritePropertyName(s_value);
                _json.WriteStringValue(lexical);
                _json.WritePropertyName(s_type);
                _json.WriteRawValue(Datatype(datatype).EncodedType!);
                _json.WriteEndObject();
                return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LiteralForm FormOf(ReadOnlySpan<byte> lexical, ReadOnlySpan<byte> language, int datatype)
    {
        if (!language.IsEmpty) return LiteralForm.WithLanguage;
        if (datatype < 0) return LiteralForm.String;
        var kind = Datatype(datatype).Kind;
        if (kind == DatatypeKind.Boolean && (lexical.SequenceEqual("true"u8) || lexical.SequenceEqual("false"u8))) return LiteralForm.Boolean;
        if (kind == DatatypeKind.Integer && IsCanonicalSafeInteger(lexical)) return LiteralForm.Integer;
        return LiteralForm.WithType;
    }

    private const long MaxSafeInteger = 9007199254740991; // 2^53 - 1, as CompactedGraphWriter

    /// <summary>An integer in canonical form (no sign +, no leading zero, no -0) that JavaScript holds exactly.</summary>
    private static bool IsCanonicalSafeInteger(ReadOnlySpan<byte> s)
    {
        var digits = s.Length > 0 && s[0] == (byte)'-' ? s[1..] : s;
        if (digits.Length == 0 || digits.Length > 16 || (digits[0] == (byte)'0' && (digits.Length > 1 || s.Length > 1)) || digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0) return false;
        return Utf8Parser.TryParse(digits, out long value, out _) && value <= MaxSafeInteger;
    }
}
