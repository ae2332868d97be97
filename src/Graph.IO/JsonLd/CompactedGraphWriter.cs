using System.Globalization;
using System.Runtime.CompilerServices;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

/// <summary>
/// Writes the <c>@graph</c> array of the compacted form for <see cref="JsonLdWriter"/>: one node object per subject,
/// keys and value shapes from a <see cref="CompactKeyTable"/>, straight from the statements into an
/// <see cref="IndentedJsonWriter"/>. <see cref="Prepare"/> first asks the table for every key and IRI the graph will
/// need, so that the context can be written (pruned to the terms used) before the graph, and an IRI the context would
/// misread is refused before anything is written.
/// </summary>
internal sealed partial class CompactedGraphWriter(DatasetLayout dataset, CompactKeyTable keys)
{
    private static readonly byte[] s_id = IndentedJsonWriter.Encode("@id");
    private static readonly byte[] s_type = IndentedJsonWriter.Encode("@type");
    private static readonly byte[] s_value = IndentedJsonWriter.Encode("@value");
    private static readonly byte[] s_language = IndentedJsonWriter.Encode("@language");
    private static readonly byte[] s_graph = IndentedJsonWriter.Encode("@graph");

    private readonly Dictionary<BlankNode, string> _labels = [];
    private readonly HashSet<Term> _written = [];

    private IndentedJsonWriter _json = null!;

    public CompactKeyTable Keys => keys;

    /// <summary>How a literal is written as the value of a key that takes value objects.</summary>
    private enum LiteralForm : byte { String, Boolean, Integer, WithLanguage, WithType }

    /// <summary>
    /// Asks the key table for everything <see cref="Write(IndentedJsonWriter, string)"/> will ask it (keys, <c>@type</c>
    /// values, <c>@id</c>s), so that <see cref="CompactKeyTable.Used"/> is complete and refusals
    /// (<see cref="CompactKeyTable.ConfusedWithPrefix"/>) are thrown before any output.
    /// </summary>
    public void Prepare()
    {
        PreparePart(dataset.Default);
        foreach (var (name, part) in dataset.Named)
        {
            if (name is Iri i) keys.Id(i.Value);
            PreparePart(part);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PreparePart(DatasetLayout.GraphPart part)
    {
        foreach (var (subject, entries) in part.SortedSubjects.Concat(part.NestableSubjects))
        {
            if (subject is Iri s) keys.Id(s.Value);
            foreach (var (p, o) in entries)
            {
                if (p.Equals(Rdf.Type) && o is Iri t)
                {
                    keys.Type(t.Value);
                    continue;
                }
                var key = keys.For(p, o);
                switch (o)
                {
                    case Iri i:
                        keys.Id(i.Value);
                        break;
                    case Literal l when key.Shape == CompactKeyTable.Shape.Object && FormOf(l) == LiteralForm.WithType:
                        keys.Type(l.Datatype.Value);
                        break;
                }
            }
        }
    }

    /// <summary>Writes <c>"@graph": [ … ]</c> as the next member of the open object.</summary>
    public void Write(IndentedJsonWriter json, string graphKeyword)
    {
        _json = json;
        json.WritePropertyName(graphKeyword == "@graph" ? s_graph : IndentedJsonWriter.Encode(graphKeyword));
        json.WriteStartArray();
        WriteGraphNodes(dataset.Default);
        foreach (var (name, part) in dataset.Named) WriteGraphObject(name, part);
        json.WriteEndArray();
    }

    private void WriteGraphObject(Term name, DatasetLayout.GraphPart part)
    {
        _json.WriteStartObject();
        _json.WritePropertyName(s_id);
        _json.WriteStringValue(IdText(name));
        _json.WritePropertyName(s_graph);
        _json.WriteStartArray();
        _written.Clear();
        WriteGraphNodes(part);
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteGraphNodes(DatasetLayout.GraphPart part)
    {
        foreach (var (subject, entries) in part.SortedSubjects)
        {
            WriteNode(part, subject, entries, nested: false);
            _json.FlushIfFull();
        }
        // Blank nodes that reference each other in a cycle are nobody's child: write them at the top level, in order.
        var unwritten = part.NestableSubjects.Where(s => !_written.Contains(s.Subject)).ToList();
        if (unwritten.Count == 0) return;
        foreach (var (subject, entries) in DatasetLayout.ByString(unwritten))
            if (!_written.Contains(subject)) WriteNode(part, subject, entries, nested: false);
    }

    private string IdText(Term t) => t switch
    {
        BlankNode b => Label(b),
        Iri i => keys.Id(i.Value),
        _ => throw new InvalidOperationException("a literal has no @id"),
    };

    private string Label(BlankNode b)
    {
        if (!_labels.TryGetValue(b, out var label)) _labels[b] = label = "_:b" + _labels.Count.ToString(CultureInfo.InvariantCulture);
        return label;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteNode(DatasetLayout.GraphPart part, Term subject, List<(Iri Predicate, Term Object)> entries, bool nested)
    {
        if (subject is BlankNode) _written.Add(subject);
        _json.WriteStartObject();
        if (!nested)
        {
            _json.WritePropertyName(s_id);
            _json.WriteStringValue(IdText(subject));
        }
        WriteProperties(part, entries);
        _json.WriteEndObject();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LiteralForm FormOf(Literal l)
    {
        if (l.Language is not null) return LiteralForm.WithLanguage;
        if (l.Datatype.Equals(Xsd.String)) return LiteralForm.String;
        if (l.Datatype.Equals(Xsd.Boolean) && l.LexicalForm is "true" or "false") return LiteralForm.Boolean;
        if (l.Datatype.Equals(Xsd.Integer) && IsCanonicalSafeInteger(l.LexicalForm)) return LiteralForm.Integer;
        return LiteralForm.WithType;
    }

    private const long MaxSafeInteger = 9007199254740991; // 2^53 - 1: larger numbers lose precision in JavaScript readers

    /// <summary>An integer in canonical form (no sign +, no leading zero, no -0) that JavaScript holds exactly.</summary>
    private static bool IsCanonicalSafeInteger(string s)
    {
        var digits = s.StartsWith('-') ? s.AsSpan(1) : s.AsSpan();
        if (digits.Length == 0 || digits.Length > 16 || (digits[0] == '0' && (digits.Length > 1 || s.Length > 1)) || digits.IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        return long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) <= MaxSafeInteger;
    }
}
