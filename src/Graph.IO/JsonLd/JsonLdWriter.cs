using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Terms;

namespace Graph.IO.JsonLd;

/// <summary>
/// Writes RDF as JSON-LD 1.1 (https://www.w3.org/TR/json-ld11/): compacted with a context (default
/// <c>ontology/context.jsonld</c>, embedded) as one top-level <c>@graph</c> of node objects grouped by subject, or in
/// expanded form. Output is deterministic: subjects, keys and values are sorted, blank nodes referenced once are nested
/// in their referrer and the others relabelled <c>_:b0</c>, <c>_:b1</c>… in order of appearance; 2-space indentation,
/// UTF-8 without BOM, LF line ends.
/// </summary>
public sealed class JsonLdWriter : IStreamingRdfWriter
{
    private static readonly JsonWriterOptions s_jsonOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Lazy<(object? ContextValue, ActiveContext Active)> _context;

    public JsonLdWriter() : this(new JsonLdWriterSettings()) { }

    public JsonLdWriter(JsonLdWriterSettings settings)
    {
        Settings = settings;
        _context = new(() =>
        {
            var document = Json.Parse(settings.Context ?? JsonLdContexts.Graph);
            var value = document is JsonMap m && m.TryGetValue("@context", out var inner) ? inner : document;
            return (value, JsonLdProcessor.ProcessContext(value, null, new JsonLdOptions()));
        });
    }

    public JsonLdWriterSettings Settings { get; }

    public RdfFormat Format => RdfFormat.JsonLd;

    public void Write(IEnumerable<Quad> quads, Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(output);
        if (Settings.Mode != JsonLdWriteMode.Compacted)
        {
            Write(DatasetLayout.Build(quads), output);
            return;
        }
        // The compacted form on term ids when every statement fits (CompactedIdLayout); the first that does not hands
        // those held so far and the rest to the object layout, which writes the same bytes.
        var ids = new CompactedIdLayout();
        using var statements = quads.GetEnumerator();
        while (statements.MoveNext())
        {
            if (ids.TryAdd(statements.Current)) continue;
            var layout = new DatasetLayout();
            ids.ReplayInto(layout);
            do layout.Add(statements.Current); while (statements.MoveNext());
            layout.Complete();
            Write(layout, output);
            return;
        }
        if (TryWriteCompacted(ids, output)) return;
        var replayed = new DatasetLayout();
        ids.ReplayInto(replayed);
        replayed.Complete();
        Write(replayed, output);
    }

    /// <summary>Collects the statements as they arrive and writes the document on completion.</summary>
    public IRdfStreamWriter? OpenStream(Stream output, RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return new JsonLdStreamWriter(this, output);
    }

    internal void Write(DatasetLayout dataset, Stream output)
    {
        if (Settings.Mode == JsonLdWriteMode.Compacted && PrepareCompacted(dataset) is { } graph)
        {
            WriteCompacted(graph, output);
            return;
        }
        using (var writer = new Utf8JsonWriter(output, s_jsonOptions))
            new NodeObjectWriter(writer, dataset).WriteExpandedDocument();
        output.WriteByte((byte)'\n');
    }

    // An IRI the context would misread (its scheme is a prefix term, e.g. the whole IRI "xsd:date") cannot be written
    // compacted; the expanded form has no context and expresses every graph. The compacted writer asks for every key and
    // IRI before it writes anything, so nothing has reached the output when it refuses.
    private CompactedGraphWriter? PrepareCompacted(DatasetLayout dataset)
    {
        var graph = new CompactedGraphWriter(dataset, new CompactKeyTable(_context.Value.Active));
        try
        {
            graph.Prepare();
            return graph;
        }
        catch (JsonLdException e) when (e.Code == CompactKeyTable.ConfusedWithPrefix)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the compacted form from term ids when the layout has the shape they cover and the context can express
    /// every IRI; false (nothing written, every statement still in the layout) otherwise.
    /// </summary>
    internal bool TryWriteCompacted(CompactedIdLayout layout, Stream output)
    {
        if (Settings.Mode != JsonLdWriteMode.Compacted || !layout.TryPlan()) return false;
        var graph = new CompactedIdWriter(layout, new CompactKeyTable(_context.Value.Active));
        try
        {
            graph.Prepare();
        }
        catch (JsonLdException)
        {
            return false; // the object path decides: the expanded form, or the same error
        }
        layout.ReleaseStatements();
        WriteCompacted(graph.Keys.Used, output, graph.Write);
        return true;
    }

    private void WriteCompacted(CompactedGraphWriter graph, Stream output) => WriteCompacted(graph.Keys.Used, output, graph.Write);

    // The context goes first, limited to the terms the graph uses (known once the graph writer is prepared), then the
    // graph is written straight to the output as the next member of the same object.
    private void WriteCompacted(HashSet<string> used, Stream output, Action<IndentedJsonWriter, string> writeGraph)
    {
        var (contextValue, active) = _context.Value;
        var head = new MemoryStream();
        using (var writer = new Utf8JsonWriter(head, s_jsonOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("@context");
            if (Settings.ContextUrl is not null) writer.WriteStringValue(Settings.ContextUrl);
            else Json.Write(writer, ContextPruning.Prune(contextValue, used));
            writer.WriteEndObject();
        }
        // head is "{\n  \"@context\": …\n}": leave the object open and continue it.
        output.Write(head.GetBuffer().AsSpan(0, (int)head.Length - 2));
        using (var json = new IndentedJsonWriter(output, depth: 1, members: true))
        {
            writeGraph(json, GraphKeyword(active));
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static string GraphKeyword(ActiveContext active) =>
        active.Terms.Where(t => t.Value.Iri == "@graph").Select(t => t.Key).OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault() ?? "@graph";
}
