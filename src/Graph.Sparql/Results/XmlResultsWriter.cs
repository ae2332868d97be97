using System.Text;
using System.Xml;
using Graph.Core.Terms;

namespace Graph.Sparql.Results;

/// <summary>Writes SPARQL Query Results XML (https://www.w3.org/TR/rdf-sparql-XMLres/), streaming rows.</summary>
internal sealed class XmlResultsWriter(Stream output) : ISparqlResultsWriter
{
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";

    private readonly XmlWriter _xml = XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    });

    private IReadOnlyList<string> _vars = [];

    private void Start()
    {
        _xml.WriteStartDocument();
        _xml.WriteStartElement("sparql", Namespace);
    }

    public void WriteHead(IReadOnlyList<string> variables)
    {
        _vars = variables;
        Start();
        _xml.WriteStartElement("head", Namespace);
        foreach (var v in variables)
        {
            _xml.WriteStartElement("variable", Namespace);
            _xml.WriteAttributeString("name", v);
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
        _xml.WriteStartElement("results", Namespace);
    }

    public void WriteRow(ReadOnlySpan<Term?> row)
    {
        _xml.WriteStartElement("result", Namespace);
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is not { } t) continue;
            _xml.WriteStartElement("binding", Namespace);
            _xml.WriteAttributeString("name", _vars[i]);
            switch (t)
            {
                case Iri iri: _xml.WriteElementString("uri", Namespace, iri.Value); break;
                case BlankNode b: _xml.WriteElementString("bnode", Namespace, b.Label); break;
                case Literal l:
                    _xml.WriteStartElement("literal", Namespace);
                    if (l.Language is not null) _xml.WriteAttributeString("xml", "lang", null, l.Language);
                    else if (!l.IsSimple) _xml.WriteAttributeString("datatype", l.Datatype.Value);
                    _xml.WriteString(l.LexicalForm);
                    _xml.WriteEndElement();
                    break;
            }
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }

    public void WriteEnd()
    {
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        output.WriteByte((byte)'\n'); // a text file ends with a line break
    }

    public void WriteBoolean(bool value)
    {
        Start();
        _xml.WriteStartElement("head", Namespace);
        _xml.WriteEndElement();
        _xml.WriteElementString("boolean", Namespace, value ? "true" : "false");
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        output.WriteByte((byte)'\n'); // a text file ends with a line break
    }

    public void Dispose() => _xml.Dispose();
}
