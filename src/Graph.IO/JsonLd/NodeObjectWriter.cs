using System.Globalization;
using System.Text.Json;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

/// <summary>
/// Streams the expanded form for <see cref="JsonLdWriter"/>: one node object per subject, every value a value object or
/// node reference, without building a JSON tree. (The compacted form is <see cref="CompactedGraphWriter"/>.)
/// </summary>
internal sealed class NodeObjectWriter(Utf8JsonWriter writer, DatasetLayout dataset)
{
    private readonly Dictionary<BlankNode, string> _labels = [];

    private const int FlushThreshold = 1 << 16;

    public void WriteExpandedDocument()
    {
        writer.WriteStartArray();
        WriteGraphNodes(dataset.Default);
        foreach (var (name, part) in dataset.Named) WriteGraphObject(name, part);
        writer.WriteEndArray();
    }

    private void WriteGraphObject(Term name, DatasetLayout.GraphPart part)
    {
        writer.WriteStartObject();
        writer.WriteString("@id", IdText(name));
        writer.WritePropertyName("@graph");
        writer.WriteStartArray();
        WriteGraphNodes(part);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteGraphNodes(DatasetLayout.GraphPart part)
    {
        foreach (var (subject, entries) in DatasetLayout.AllSubjectsSorted(part))
        {
            writer.WriteStartObject();
            writer.WriteString("@id", IdText(subject));
            WriteExpandedProperties(entries);
            writer.WriteEndObject();
            // Utf8JsonWriter keeps everything in one growing array until flushed: hand it on in small pieces.
            if (writer.BytesPending > FlushThreshold) writer.Flush();
        }
    }

    private string IdText(Term t) => t switch
    {
        BlankNode b => Label(b),
        Iri i => i.Value,
        _ => throw new InvalidOperationException("a literal has no @id"),
    };

    private string Label(BlankNode b)
    {
        if (!_labels.TryGetValue(b, out var label)) _labels[b] = label = "_:b" + _labels.Count.ToString(CultureInfo.InvariantCulture);
        return label;
    }

    private void WriteExpandedProperties(List<(Iri Predicate, Term Object)> entries)
    {
        var sorted = Sorted(entries, static (p, _) => p.Value);
        var types = sorted.Where(x => x.Predicate.Equals(Rdf.Type) && x.Object is Iri).Select(x => ((Iri)x.Object).Value).ToList();
        if (types.Count > 0)
        {
            writer.WritePropertyName("@type");
            writer.WriteStartArray();
            foreach (var t in types) writer.WriteStringValue(t);
            writer.WriteEndArray();
        }
        string? open = null;
        foreach (var (key, p, o) in sorted)
        {
            if (p.Equals(Rdf.Type) && o is Iri) continue;
            if (key != open)
            {
                if (open is not null) writer.WriteEndArray();
                writer.WritePropertyName(key);
                writer.WriteStartArray();
                open = key;
            }
            WriteExpandedValue(o);
        }
        if (open is not null) writer.WriteEndArray();
    }

    private void WriteExpandedValue(Term o)
    {
        writer.WriteStartObject();
        switch (o)
        {
            case Literal l:
                writer.WriteString("@value", l.LexicalForm);
                if (l.Language is not null) writer.WriteString("@language", l.Language);
                else if (!l.Datatype.Equals(Xsd.String)) writer.WriteString("@type", l.Datatype.Value);
                break;
            default:
                writer.WriteString("@id", IdText(o));
                break;
        }
        writer.WriteEndObject();
    }

    /// <summary>Entries sorted by key then object, without duplicates.</summary>
    private static List<(string Key, Iri Predicate, Term Object)> Sorted(List<(Iri Predicate, Term Object)> entries, Func<Iri, Term, string> key)
    {
        var list = new List<(string Key, Iri Predicate, Term Object)>(entries.Count);
        foreach (var (p, o) in entries) list.Add((key(p, o), p, o));
        list.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Key, b.Key);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Predicate.Value, b.Predicate.Value);
            return c != 0 ? c : TermComparer.Instance.Compare(a.Object, b.Object);
        });
        for (var i = list.Count - 1; i > 0; i--)
            if (list[i].Predicate.Equals(list[i - 1].Predicate) && list[i].Object.Equals(list[i - 1].Object)) list.RemoveAt(i);
        return list;
    }
}
