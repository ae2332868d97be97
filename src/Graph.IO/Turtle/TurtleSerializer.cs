using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.NTriples;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

/// <summary>
/// Pretty Turtle and TriG: subjects grouped with <c>;</c> and <c>,</c>, <c>a</c> for <c>rdf:type</c>, inline blank nodes
/// and collections, only the prefixes used, in a deterministic order (see <see cref="TurtleLayout"/>).
/// </summary>
internal sealed class TurtleSerializer
{
    private readonly TurtleLayout _layout;
    private readonly TurtleTermWriter _terms;
    /// <summary>Inline nesting deeper than this is cut with a label, so writing never recurses without bound.</summary>
    private const int MaxDepth = 64;

    private readonly Utf8Sink _sink;
    private readonly Queue<SubjectEntry> _deferred = new();
    private GraphBlock _block;
    private int _depth;

    private TurtleSerializer(TurtleLayout layout, TurtleTermWriter terms)
    {
        _layout = layout;
        _terms = terms;
        _sink = terms.Sink;
        _block = layout.Default;
    }

    public static void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options, bool trig)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Canonical) quads = CanonicalLabeling.RelabelOrSelf(quads);
        // The statements go through the same layouts as a stream: on term ids when the document's shape allows.
        using var writer = new TurtleStreamWriter(output, options, trig);
        if (quads is IReadOnlyCollection<Quad> collection) writer.EnsureCapacity(collection.Count);
        else if (quads.TryGetNonEnumeratedCount(out var count)) writer.EnsureCapacity(count);
        foreach (var q in quads) writer.OnQuad(q);
        writer.Complete();
    }

    /// <summary>Writes a completed layout.</summary>
    public static void Write(TurtleLayout layout, Stream output, RdfWriterOptions options, bool trig)
    {
        if (!trig && layout.HasNamedGraphs)
        {
            // Dropping graph names would silently merge graphs; the caller should pick TriG or N-Quads instead.
            var g = layout.Blocks.First(b => b.Name is not null).Name;
            throw new NotSupportedException($"Turtle cannot hold statements in a named graph ({g}); write TriG or N-Quads instead.");
        }

        WriteDocument(output, options, terms => new TurtleSerializer(layout, terms).WriteBody());
    }

    /// <summary>Writes the body through <paramref name="writeBody"/>, then the header it needs in front of it.</summary>
    internal static void WriteDocument(Stream output, RdfWriterOptions options, Action<TurtleTermWriter> writeBody)
    {
        // The body goes first to memory: the prefix declarations in front of it depend on what the body used.
        using var body = new ChunkedBuffer();
        using (var sink = new Utf8Sink(body))
        {
            var terms = new TurtleTermWriter(sink, options.Prefixes ?? WellKnownPrefixes.All, options.BaseIri);
            writeBody(terms);
            sink.Flush();
            using var header = new Utf8Sink(output);
            WriteHeader(header, terms, options.BaseIri, body.Length > 0);
            header.Flush();
        }
        body.WriteTo(output);
        output.Flush();
    }

    /// <summary>
    /// Writes the header, then the body straight to <paramref name="output"/>, for a writer that can tell which prefixes
    /// its body will use before writing it: <paramref name="declarePrefixes"/> marks them, <paramref name="writeBody"/>
    /// must not use another (checked). Nothing is held back in memory.
    /// </summary>
    internal static void WriteDocument(Stream output, RdfWriterOptions options, bool hasBody, Action<TurtleTermWriter> declarePrefixes, Action<TurtleTermWriter> writeBody)
    {
        using var sink = new Utf8Sink(output);
        var terms = new TurtleTermWriter(sink, options.Prefixes ?? WellKnownPrefixes.All, options.BaseIri);
        declarePrefixes(terms);
        var declared = terms.UsedPrefixCount;
        WriteHeader(sink, terms, options.BaseIri, hasBody);
        writeBody(terms);
        if (terms.UsedPrefixCount != declared) throw new System.Diagnostics.UnreachableException("The body used a prefix the header does not declare.");
        sink.Flush();
    }

    private static void WriteHeader(Utf8Sink sink, TurtleTermWriter terms, string? baseIri, bool hasBody)
    {
        var any = false;
        if (baseIri is not null)
        {
            sink.Write("@base "u8);
            NTriplesTermWriter.WriteIri(sink, baseIri);
            sink.Write(" .\n"u8);
            any = true;
        }
        foreach (var (prefix, ns) in terms.UsedPrefixes)
        {
            sink.Write("@prefix "u8);
            sink.Write(prefix);
            sink.Write(":"u8);
            sink.Write((byte)' ');
            NTriplesTermWriter.WriteIri(sink, ns);
            sink.Write(" .\n"u8);
            any = true;
        }
        if (any && hasBody) sink.Write((byte)'\n');
    }

    private void WriteBody()
    {
        var first = true;
        foreach (var block in _layout.Blocks)
        {
            if (block.Roots.Count == 0) continue;
            _block = block;
            if (!first) _sink.Write((byte)'\n');
            first = false;
            if (block.Name is null)
            {
                WriteSubjects(block, 0);
                continue;
            }
            _terms.WriteTerm(block.Name);
            _sink.Write(" {\n"u8);
            WriteSubjects(block, 1);
            _sink.Write("}\n"u8);
        }
    }

    private void WriteSubjects(GraphBlock block, int level)
    {
        for (var i = 0; i < block.Roots.Count; i++)
        {
            if (i > 0) _sink.Write((byte)'\n');
            WriteSubject(block.Roots[i], level);
        }
        // Nodes cut from too deep a nesting come last, with the labels they were given in place.
        while (_deferred.TryDequeue(out var entry))
        {
            _sink.Write((byte)'\n');
            WriteSubject(entry, level);
        }
    }

    private void WriteSubject(SubjectEntry entry, int level)
    {
        Indent(level);
        if (entry.Subject is BlankNode b && _layout.IsAnonymousSubject(b)) _sink.Write("[]"u8);
        else _terms.WriteTerm(entry.Subject);
        _sink.Write((byte)' ');
        WritePredicateObjectList(entry, level + 1);
        _sink.Write(" .\n"u8);
    }

    // [7] predicateObjectList ::= verb objectList (';' (verb objectList)?)*
    // [8] objectList ::= object (',' object)*
    private void WritePredicateObjectList(SubjectEntry entry, int level)
    {
        var pairs = entry.Pairs;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (rank, predicate, obj) = pairs[i];
            if (i == 0 || rank != pairs[i - 1].Rank)
            {
                if (i > 0)
                {
                    _sink.Write(" ;\n"u8);
                    Indent(level);
                }
                _terms.WritePredicate(predicate);
                _sink.Write((byte)' ');
            }
            else _sink.Write(", "u8);
            WriteObject(obj, level);
        }
    }

    // [12] object ::= iri | BlankNode | collection | blankNodePropertyList | literal
    private void WriteObject(Term obj, int level)
    {
        if (obj is BlankNode b && _layout.TryGetInline(b, out var entry))
        {
            if (entry is null)
            {
                _sink.Write("[]"u8);
                return;
            }
            if (_depth >= MaxDepth)
            {
                _terms.WriteBlankNode(b);
                _deferred.Enqueue(entry);
                return;
            }
            _depth++;
            if (_layout.ListItems(b, _block) is { } items) WriteCollection(items, level);
            else WriteBlankNodePropertyList(entry, level);
            _depth--;
        }
        else if (obj is Iri iri && iri.Equals(Rdf.Nil)) _sink.Write("()"u8);
        else _terms.WriteTerm(obj);
    }

    // [14] blankNodePropertyList ::= '[' predicateObjectList ']'
    private void WriteBlankNodePropertyList(SubjectEntry entry, int level)
    {
        var single = entry.Pairs[0].Rank == entry.Pairs[^1].Rank;
        if (single)
        {
            _sink.Write("[ "u8);
            WritePredicateObjectList(entry, level + 1);
            _sink.Write(" ]"u8);
            return;
        }
        _sink.Write("[\n"u8);
        Indent(level + 1);
        WritePredicateObjectList(entry, level + 1);
        _sink.Write((byte)'\n');
        Indent(level);
        _sink.Write((byte)']');
    }

    // [15] collection ::= '(' object* ')'
    private void WriteCollection(List<Term> items, int level)
    {
        _sink.Write((byte)'(');
        foreach (var item in items)
        {
            _sink.Write((byte)' ');
            WriteObject(item, level + 1);
        }
        _sink.Write(" )"u8);
    }

    private void Indent(int level)
    {
        for (var i = 0; i < level; i++) _sink.Write("    "u8);
    }
}
