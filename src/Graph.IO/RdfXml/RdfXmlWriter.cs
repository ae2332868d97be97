using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Text;

namespace Graph.IO.RdfXml;

/// <summary>
/// Writes a graph as RDF/XML (RDF 1.1 XML Syntax, https://www.w3.org/TR/rdf-syntax-grammar/) in the plain form
/// aggregators import: one <c>rdf:RDF</c> element declaring only the prefixes used, then one node element per subject
/// (a typed node element when the subject's first <c>rdf:type</c> has a QName, otherwise <c>rdf:Description</c>), with
/// <c>rdf:about</c> / <c>rdf:nodeID</c>, one property element per statement, objects as <c>rdf:resource</c>,
/// <c>rdf:nodeID</c>, text with <c>xml:lang</c> or <c>rdf:datatype</c>, or <c>rdf:parseType="Literal"</c> for
/// canonical XML literals. Blank nodes are relabelled b0, b1… in output order; <c>rdf:nodeID</c> is left out on a
/// blank subject that is never an object. Output is UTF-8 with LF and byte-identical for the same input sequence:
/// subjects in order of first appearance with their statements in input order, or, with
/// <see cref="RdfWriterOptions.Canonical"/>, duplicates dropped, blank nodes given structural labels
/// (<see cref="CanonicalLabeling"/>) and everything sorted in <see cref="QuadComparer"/> order, so isomorphic graphs
/// give the same bytes.
/// </summary>
/// <remarks>
/// RDF/XML cannot say which graph a statement is in, so a quad in a named graph is an error
/// (<see cref="NotSupportedException"/>) rather than being dropped or merged silently; so is a predicate whose IRI
/// cannot be split into a namespace and an NCName, an RDF/XML syntax name used as a predicate (e.g. <c>rdf:li</c>),
/// and a string holding characters XML 1.0 cannot represent.
/// </remarks>
public sealed partial class RdfXmlWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.RdfXml;

    public void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var triples = Order(quads, options.Canonical);
        var names = new QNameTable(options.Prefixes ?? WellKnownPrefixes.All, Rdf.Namespace);
        var plan = Plan(triples, names);
        using var sink = new Utf8Sink(output);
        new Emitter(sink, names, plan, triples, options.BaseIri).Run();
        sink.Flush();
    }

    /// <summary>The statements grouped by subject, in the deterministic order described on the class.</summary>
    private static Quad[] Order(IEnumerable<Quad> quads, bool canonical)
    {
        var list = new List<Quad>();
        foreach (var q in quads)
        {
            if (q.Graph is not null)
                throw new NotSupportedException($"RDF/XML cannot express named graphs, but the statement {q} is in the graph {q.Graph}; write N-Quads or TriG, or keep only the default graph");
            list.Add(q);
        }
        if (canonical)
        {
            // Labels that depend only on the graph's structure make the sorted order, and so the output, canonical.
            var relabelled = CanonicalLabeling.Relabel(new HashSet<Quad>(list));
            relabelled.Sort(QuadComparer.Instance);
            return [.. relabelled];
        }
        // Stable grouping by subject in order of first appearance: sort (subject rank, position) keys.
        var rank = new Dictionary<Term, int>();
        var keys = new long[list.Count];
        var alreadyGrouped = true;
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i].Subject;
            var isNew = !rank.TryGetValue(s, out var r);
            if (isNew)
            {
                r = rank.Count;
                rank[s] = r;
            }
            // A subject coming back after another one means the input is not grouped yet.
            if (i > 0 && !isNew && r != (int)(keys[i - 1] >> 32)) alreadyGrouped = false;
            keys[i] = ((long)r << 32) | (uint)i;
        }
        var ordered = list.ToArray();
        if (!alreadyGrouped) Array.Sort(keys, ordered);
        return ordered;
    }

    /// <summary>Per subject group: where it starts and which statement (if any) becomes the element name; also checks every predicate.</summary>
    private static WritePlan Plan(Quad[] triples, QNameTable names)
    {
        var groups = new List<(int Start, int TypeIndex)>();
        var blankObjects = new HashSet<BlankNode>();
        var start = 0;
        while (start < triples.Length)
        {
            var subject = triples[start].Subject;
            var end = start;
            var typeIndex = -1;
            while (end < triples.Length && triples[end].Subject.Equals(subject))
            {
                var q = triples[end];
                if (q.Object is BlankNode b) blankObjects.Add(b);
                if (typeIndex < 0 && q.Predicate.Equals(Rdf.Type) && q.Object is Iri type && CanNameNodeElement(type) && names.QName(type) is not null)
                    typeIndex = end;
                end++;
            }
            for (var i = start; i < end; i++)
                if (i != typeIndex) CheckPredicate(triples[i], names);
            groups.Add((start, typeIndex));
            start = end;
        }
        return new WritePlan(groups, blankObjects);
    }

    /// <summary>A type can name the node element unless it is a syntax name (rdf:Description would even hide the statement).</summary>
    private static bool CanNameNodeElement(Iri type)
    {
        if (!type.Value.StartsWith(Rdf.Namespace, StringComparison.Ordinal)) return true;
        var local = type.Value[Rdf.Namespace.Length..];
        return !RdfXmlNames.IsForbiddenNodeElement(local) && local != "Description";
    }

    private static void CheckPredicate(in Quad q, QNameTable names)
    {
        if (q.Predicate is not Iri p)
            throw new NotSupportedException($"RDF/XML needs IRI predicates, but the statement {q} has {q.Predicate}");
        if (p.Value.StartsWith(Rdf.Namespace, StringComparison.Ordinal) && IsSyntaxPredicate(p.Value[Rdf.Namespace.Length..]))
            throw new NotSupportedException($"the predicate <{p.Value}> is an RDF/XML syntax name and cannot be written as a property element");
        if (names.QName(p) is null)
            throw new NotSupportedException($"the predicate <{p.Value}> cannot be written in RDF/XML: it does not end in an XML name (NCName) that could follow a namespace prefix");
    }

    // rdf:li would be read back as rdf:_n, so it is refused along with the names no property element may have.
    private static bool IsSyntaxPredicate(string local) => RdfXmlNames.IsForbiddenPropertyElement(local) || local == "li";

    private sealed record WritePlan(List<(int Start, int TypeIndex)> Groups, HashSet<BlankNode> BlankObjects);
}
