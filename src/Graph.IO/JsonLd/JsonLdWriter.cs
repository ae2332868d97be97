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
public sealed class JsonLdWriter : IRdfWriter
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
        var dataset = DatasetLayout.Build(quads);
        using var writer = new Utf8JsonWriter(output, s_jsonOptions);
        if (Settings.Mode == JsonLdWriteMode.Expanded)
        {
            new NodeObjectWriter(writer, dataset, null).WriteExpandedDocument();
        }
        else
        {
            var (contextValue, active) = _context.Value;
            writer.WriteStartObject();
            writer.WritePropertyName("@context");
            if (Settings.ContextUrl is not null) writer.WriteStringValue(Settings.ContextUrl);
            else Json.Write(writer, contextValue);
            writer.WritePropertyName(GraphKeyword(active));
            new NodeObjectWriter(writer, dataset, new CompactKeyTable(active)).WriteCompactedGraph();
            writer.WriteEndObject();
        }
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static string GraphKeyword(ActiveContext active) =>
        active.Terms.Where(t => t.Value.Iri == "@graph").Select(t => t.Key).OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault() ?? "@graph";
}
