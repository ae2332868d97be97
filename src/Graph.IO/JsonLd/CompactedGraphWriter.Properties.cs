using System.Runtime.CompilerServices;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

internal sealed partial class CompactedGraphWriter
{
    /// <summary>One value under its key; <c>Sub</c> is the language-map entry (language or <c>@none</c>), else empty.</summary>
    private readonly record struct Value(CompactKeyTable.Key Key, string Sub, Term Object)
    {
        public string Name => Key.Name;
    }

    // Reused buffers: nested nodes take fresh ones, the common flat case allocates nothing per subject.
    private int _depth;
    private readonly List<(string Name, byte[] Encoded)> _typesBuffer = [];
    private readonly List<Value> _valuesBuffer = [];

    private static readonly Comparison<Value> s_byKeyThenValue = static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Name, b.Name);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Sub, b.Sub);
        return c != 0 ? c : TermComparer.Instance.Compare(a.Object, b.Object);
    };

    private void WriteProperties(DatasetLayout.GraphPart part, List<(Iri Predicate, Term Object)> entries)
    {
        var outermost = _depth++ == 0;
        var types = outermost ? _typesBuffer : [];
        var values = outermost ? _valuesBuffer : [];
        try
        {
            WriteProperties(part, entries, types, values);
        }
        finally
        {
            _depth--;
            types.Clear();
            values.Clear();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteProperties(DatasetLayout.GraphPart part, List<(Iri Predicate, Term Object)> entries, List<(string Name, byte[] Encoded)> types, List<Value> values)
    {
        foreach (var (p, o) in entries)
        {
            if (p.Equals(Rdf.Type) && o is Iri t)
            {
                types.Add((keys.Type(t.Value), keys.EncodedType(t.Value)));
                continue;
            }
            var key = keys.For(p, o);
            var sub = key.Shape == CompactKeyTable.Shape.LanguageMap ? (o as Literal)?.Language ?? "@none" : "";
            values.Add(new Value(key, sub, o));
        }
        if (types.Count > 0)
        {
            if (types.Count > 1)
            {
                types.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                for (var i = types.Count - 1; i > 0; i--)
                    if (types[i].Name == types[i - 1].Name) types.RemoveAt(i);
            }
            _json.WritePropertyName(s_type);
            if (types.Count == 1) _json.WriteRawValue(types[0].Encoded);
            else
            {
                _json.WriteStartArray();
                foreach (var type in types) _json.WriteRawValue(type.Encoded);
                _json.WriteEndArray();
            }
        }
        if (values.Count > 1)
        {
            values.Sort(s_byKeyThenValue);
            for (var i = values.Count - 1; i > 0; i--)
                if (values[i].Name == values[i - 1].Name && values[i].Object.Equals(values[i - 1].Object)) values.RemoveAt(i);
        }

        var start = 0;
        while (start < values.Count)
        {
            var end = start + 1;
            while (end < values.Count && values[end].Name == values[start].Name) end++;
            _json.WritePropertyName(values[start].Key.EncodedName);
            if (values[start].Key.Shape == CompactKeyTable.Shape.LanguageMap) WriteLanguageMap(values, start, end);
            else WriteValues(part, values, start, end);
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
            _json.WritePropertyName(values[i].Sub);
            if (j - i > 1) _json.WriteStartArray();
            for (var k = i; k < j; k++) _json.WriteStringValue(((Literal)values[k].Object).LexicalForm);
            if (j - i > 1) _json.WriteEndArray();
            i = j;
        }
        _json.WriteEndObject();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteValues(DatasetLayout.GraphPart part, List<Value> values, int start, int end)
    {
        if (end - start > 1) _json.WriteStartArray();
        for (var k = start; k < end; k++) WriteValue(part, values[k].Key.Shape, values[k].Object);
        if (end - start > 1) _json.WriteEndArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteValue(DatasetLayout.GraphPart part, CompactKeyTable.Shape shape, Term o)
    {
        if (o is BlankNode b && dataset.IsNestable(part, b) && !_written.Contains(b))
        {
            WriteNode(part, b, DatasetLayout.EntriesOf(part, b), nested: true);
            return;
        }
        switch (shape, o)
        {
            case (CompactKeyTable.Shape.IdString, _):
                _json.WriteStringValue(IdText(o));
                return;
            case (CompactKeyTable.Shape.LexicalString, Literal l):
                _json.WriteStringValue(l.LexicalForm);
                return;
            case (_, Literal l):
                WriteLiteralObject(l);
                return;
            default:
                _json.WriteStartObject();
                _json.WritePropertyName(s_id);
                _json.WriteStringValue(IdText(o));
                _json.WriteEndObject();
                return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteLiteralObject(Literal l)
    {
        switch (FormOf(l))
        {
            case LiteralForm.String:
                _json.WriteStringValue(l.LexicalForm);
                return;
            case LiteralForm.Boolean or LiteralForm.Integer:
                _json.WriteAsciiValue(l.LexicalForm);
                return;
            case LiteralForm.WithLanguage:
                _json.WriteStartObject();
                _json.WritePropertyName(s_value);
                _json.WriteStringValue(l.LexicalForm);
                _json.WritePropertyName(s_language);
                _json.WriteStringValue(l.Language!);
                _json.WriteEndObject();
                return;
            default:
                _json.WriteStartObject();
                _json.WritePropertyName(s_value);
                _json.WriteStringValue(l.LexicalForm);
                _json.WritePropertyName(s_type);
                _json.WriteRawValue(keys.EncodedType(l.Datatype.Value));
                _json.WriteEndObject();
                return;
        }
    }
}
