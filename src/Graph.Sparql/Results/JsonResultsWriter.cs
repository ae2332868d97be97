using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Terms;

namespace Graph.Sparql.Results;

/// <summary>Writes SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/), streaming rows.</summary>
internal sealed class JsonResultsWriter(Stream output) : ISparqlResultsWriter
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private IReadOnlyList<string> _vars = [];

    public void WriteHead(IReadOnlyList<string> variables)
    {
        _vars = variables;
        _json.WriteStartObject();
        _json.WriteStartObject("head");
        _json.WriteStartArray("vars");
        foreach (var v in variables) _json.WriteStringValue(v);
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteStartObject("results");
        _json.WriteStartArray("bindings");
    }

    public void WriteRow(ReadOnlySpan<Term?> row)
    {
        _json.WriteStartObject();
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is not { } t) continue;
            _json.WriteStartObject(_vars[i]);
            switch (t)
            {
                case Iri iri: _json.WriteString("type", "uri"); _json.WriteString("value", iri.Value); break;
                case BlankNode b: _json.WriteString("type", "bnode"); _json.WriteString("value", b.Label); break;
                case Literal l:
                    _json.WriteString("type", "literal");
                    _json.WriteString("value", l.LexicalForm);
                    if (l.Language is not null) _json.WriteString("xml:lang", l.Language);
                    else if (!l.IsSimple) _json.WriteString("datatype", l.Datatype.Value);
                    break;
            }
            _json.WriteEndObject();
        }
        _json.WriteEndObject();
        if (_json.BytesPending > 16384) _json.Flush();
    }

    public void WriteEnd()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
        EndDocument();
    }

    public void WriteBoolean(bool value)
    {
        _json.WriteStartObject();
        _json.WriteStartObject("head");
        _json.WriteEndObject();
        _json.WriteBoolean("boolean", value);
        _json.WriteEndObject();
        EndDocument();
    }

    // A text file ends with a line break, so the document prints cleanly on a terminal and concatenates line-wise.
    private void EndDocument()
    {
        _json.Flush();
        output.WriteByte((byte)'\n');
    }

    public void Dispose() => _json.Dispose();
}
