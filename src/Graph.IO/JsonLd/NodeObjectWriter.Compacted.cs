using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

internal sealed partial class NodeObjectWriter
{
    private const long MaxSafeInteger = 9007199254740991; // 2^53 - 1: larger numbers lose precision in JavaScript readers

    private void WriteCompactedProperties(DatasetLayout.GraphPart part, List<(Iri Predicate, Term Object)> entries)
    {
        // Reused buffers: nested nodes take fresh ones, the common flat case allocates nothing per subject.
        var outermost = _depth++ == 0;
        var types = outermost ? _typesBuffer : [];
        var values = outermost ? _valuesBuffer : [];
        try
        {
            WriteCompactedProperties(part, entries, types, values);
        }
        finally
        {
            _depth--;
            types.Clear();
            values.Clear();
        }
    }

    private int _depth;
    private readonly List<string> _typesBuffer = [];
    private readonly List<(string Name, CompactKeyTable.Shape Shape, string Sub, Term Object)> _valuesBuffer = [];

    private void WriteCompactedProperties(DatasetLayout.GraphPart part, List<(Iri Predicate, Term Object)> entries, List<string> types,
        List<(string Name, CompactKeyTable.Shape Shape, string Sub, Term Object)> values)
    {
        foreach (var (p, o) in entries)
        {
            if (p.Equals(Rdf.Type) && o is Iri t)
            {
                types.Add(keys!.Type(t.Value));
                continue;
            }
            var key = keys!.For(p, o);
            var sub = key.Shape == CompactKeyTable.Shape.LanguageMap ? (o as Literal)?.Language ?? "@none" : "";
            values.Add((key.Name, key.Shape, sub, o));
        }
        if (types.Count > 0)
        {
            types.Sort(StringComparer.Ordinal);
            RemoveAdjacentDuplicates(types);
            writer.WritePropertyName("@type");
            if (types.Count == 1) writer.WriteStringValue(types[0]);
            else
            {
                writer.WriteStartArray();
                foreach (var type in types) writer.WriteStringValue(type);
                writer.WriteEndArray();
            }
        }
        values.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Name, b.Name);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Sub, b.Sub);
            return c != 0 ? c : TermComparer.Instance.Compare(a.Object, b.Object);
        });
        for (var i = values.Count - 1; i > 0; i--)
            if (values[i].Name == values[i - 1].Name && values[i].Object.Equals(values[i - 1].Object)) values.RemoveAt(i);

        var start = 0;
        while (start < values.Count)
        {
            var end = start + 1;
            while (end < values.Count && values[end].Name == values[start].Name) end++;
            writer.WritePropertyName(values[start].Name);
            if (values[start].Shape == CompactKeyTable.Shape.LanguageMap) WriteLanguageMap(values, start, end);
            else WriteValues(part, values, start, end);
            start = end;
        }
    }

    private void WriteLanguageMap(List<(string Name, CompactKeyTable.Shape Shape, string Sub, Term Object)> values, int start, int end)
    {
        writer.WriteStartObject();
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            while (j < end && values[j].Sub == values[i].Sub) j++;
            writer.WritePropertyName(values[i].Sub);
            if (j - i > 1) writer.WriteStartArray();
            for (var k = i; k < j; k++) writer.WriteStringValue(((Literal)values[k].Object).LexicalForm);
            if (j - i > 1) writer.WriteEndArray();
            i = j;
        }
        writer.WriteEndObject();
    }

    private void WriteValues(DatasetLayout.GraphPart part, List<(string Name, CompactKeyTable.Shape Shape, string Sub, Term Object)> values, int start, int end)
    {
        if (end - start > 1) writer.WriteStartArray();
        for (var k = start; k < end; k++) WriteCompactedValue(part, values[k].Shape, values[k].Object);
        if (end - start > 1) writer.WriteEndArray();
    }

    private void WriteCompactedValue(DatasetLayout.GraphPart part, CompactKeyTable.Shape shape, Term o)
    {
        if (o is BlankNode b && dataset.IsNestable(part, b) && !_written.Contains(b))
        {
            WriteNode(part, b, nested: true);
            return;
        }
        switch (shape, o)
        {
            case (CompactKeyTable.Shape.IdString, _):
                writer.WriteStringValue(IdText(o));
                return;
            case (CompactKeyTable.Shape.LexicalString, Literal l):
                writer.WriteStringValue(l.LexicalForm);
                return;
            case (_, Literal l):
                WriteLiteralObject(l);
                return;
            default:
                writer.WriteStartObject();
                writer.WriteString("@id", IdText(o));
                writer.WriteEndObject();
                return;
        }
    }

    private void WriteLiteralObject(Literal l)
    {
        if (l.Language is null)
        {
            if (l.Datatype.Equals(Xsd.String))
            {
                writer.WriteStringValue(l.LexicalForm);
                return;
            }
            if (l.Datatype.Equals(Xsd.Boolean) && l.LexicalForm is "true" or "false")
            {
                writer.WriteBooleanValue(l.LexicalForm == "true");
                return;
            }
            if (l.Datatype.Equals(Xsd.Integer) && IsCanonicalSafeInteger(l.LexicalForm, out var n))
            {
                writer.WriteNumberValue(n);
                return;
            }
        }
        writer.WriteStartObject();
        writer.WriteString("@value", l.LexicalForm);
        if (l.Language is not null) writer.WriteString("@language", l.Language);
        else writer.WriteString("@type", keys!.Type(l.Datatype.Value));
        writer.WriteEndObject();
    }

    private static bool IsCanonicalSafeInteger(string s, out long n)
    {
        n = 0;
        var digits = s.StartsWith('-') ? s.AsSpan(1) : s.AsSpan();
        if (digits.Length == 0 || digits.Length > 16 || (digits[0] == '0' && (digits.Length > 1 || s.Length > 1)) || digits.IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        n = long.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return Math.Abs(n) <= MaxSafeInteger;
    }

    private static void RemoveAdjacentDuplicates(List<string> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
            if (list[i] == list[i - 1]) list.RemoveAt(i);
    }
}
