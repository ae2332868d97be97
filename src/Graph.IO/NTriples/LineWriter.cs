using Graph.Core.Graphs;
using Graph.Core.Terms;

namespace Graph.IO.NTriples;

/// <summary>
/// The writing shared by the N-Triples and N-Quads writers: one statement per line, streamed in input order, or with
/// <see cref="RdfWriterOptions.Canonical"/> deduplicated, relabelled by <see cref="CanonicalLabeling"/> and sorted.
/// </summary>
internal static class LineWriter
{
    public static void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options, bool namedGraphs)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Canonical) quads = Canonicalize(quads, namedGraphs);

        using var writer = new LineStreamWriter(output, namedGraphs);
        foreach (var q in quads) writer.OnQuad(q);
        writer.Complete();
    }

    /// <summary>A streaming writer, or null when <see cref="RdfWriterOptions.Canonical"/> needs every statement first.</summary>
    public static IRdfStreamWriter? OpenStream(Stream output, RdfWriterOptions options, bool namedGraphs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return options.Canonical ? null : new LineStreamWriter(output, namedGraphs);
    }

    private static List<Quad> Canonicalize(IEnumerable<Quad> quads, bool namedGraphs)
    {
        // Statements that come as a set are distinct already: hashing every one of them again is the costly part.
        if (quads is not IReadOnlySet<Quad> set)
        {
            var distinct = new HashSet<Quad>();
            foreach (var q in quads) distinct.Add(q);
            set = distinct;
        }
        if (!namedGraphs)
            foreach (var q in set)
                if (q.Graph is not null) throw NamedGraphError(q);
        var list = CanonicalLabeling.Relabel(set);
        list.Sort(QuadComparer.Instance);
        return list;
    }

    // Dropping the graph name would silently merge graphs; the caller should pick N-Quads or TriG instead.
    internal static InvalidOperationException NamedGraphError(Quad q) =>
        new($"N-Triples cannot hold a statement in a named graph ({q}); write N-Quads or TriG instead.");
}
