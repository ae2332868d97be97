using Graph.Core.Terms;

namespace Graph.IO.JsonLd;

/// <summary>
/// Takes statements straight from a reader (no list of statements in between) and writes the JSON-LD document on
/// <see cref="Complete"/>: node objects need every statement of their subject first. Statements that arrive as bytes go
/// to a <see cref="CompactedIdLayout"/> (term ids, no object per statement); when the document turns out to need more
/// than it covers, or term objects arrive, they move to a <see cref="DatasetLayout"/>, which writes the same bytes.
/// </summary>
internal sealed class JsonLdStreamWriter(JsonLdWriter writer, Stream output) : IRdfStreamWriter, IUtf8QuadSink
{
    private CompactedIdLayout? _ids = writer.Settings.Mode == JsonLdWriteMode.Compacted ? new() : null;
    private DatasetLayout? _layout;

    public void OnQuad(in Quad quad) => Layout().Add(quad);

    public void OnQuad(in Utf8Quad quad)
    {
        // Named graphs, blank node predicates and literal subjects are beyond the id layout.
        if (_ids is not null && !quad.HasGraph && quad.Predicate.Kind == TermKind.Iri && quad.Subject.Kind != TermKind.Literal) _ids.Add(quad);
        else Layout().Add(quad.ToQuad());
    }

    public void Complete()
    {
        if (_ids is not null && writer.TryWriteCompacted(_ids, output)) return;
        var layout = Layout();
        layout.Complete();
        writer.Write(layout, output);
    }

    /// <summary>The object layout, taking over the statements the id layout holds so far.</summary>
    private DatasetLayout Layout()
    {
        if (_layout is not null) return _layout;
        _layout = new DatasetLayout();
        _ids?.ReplayInto(_layout);
        _ids = null;
        return _layout;
    }

    public void Dispose() { }
}
