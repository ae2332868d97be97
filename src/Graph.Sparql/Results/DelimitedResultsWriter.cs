using System.Text;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 CSV or TSV results (https://www.w3.org/TR/sparql11-results-csv-tsv/). CSV: values as plain strings,
/// quoted when they contain a comma, quote or line break, CRLF line ends. TSV: variables with <c>?</c>, terms in Turtle form
/// (numbers and booleans short), LF line ends.
/// </summary>
internal sealed class DelimitedResultsWriter(TextWriter writer, bool tsv) : ISparqlResultsWriter
{
    private string NewLine => tsv ? "\n" : "\r\n";

    public void WriteHead(IReadOnlyList<string> variables)
    {
        for (var i = 0; i < variables.Count; i++)
        {
            if (i > 0) writer.Write(tsv ? '\t' : ',');
            writer.Write(tsv ? "?" + variables[i] : Csv(variables[i]));
        }
        writer.Write(NewLine);
    }

    public void WriteRow(ReadOnlySpan<Term?> row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0) writer.Write(tsv ? '\t' : ',');
            if (row[i] is not { } t) continue;
            writer.Write(tsv ? TsvTerm(t) : Csv(t switch
            {
                Iri iri => iri.Value,
                BlankNode b => "_:" + b.Label,
                Literal l => l.LexicalForm,
                _ => throw new System.Diagnostics.UnreachableException(t.GetType().Name),
            }));
        }
        writer.Write(NewLine);
    }

    private static string TsvTerm(Term t)
    {
        var text = SseWriter.TermText(t);
        // Tabs and line breaks inside literals must be escaped in TSV; N-Triples form already escapes \n and \r.
        return text.Contains('\t') ? text.Replace("\t", "\\t", StringComparison.Ordinal) : text;
    }

    private static string Csv(string s)
    {
        if (s.AsSpan().IndexOfAny(",\"\r\n") < 0) return s;
        return "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public void WriteEnd() => writer.Flush();

    public void WriteBoolean(bool value)
    {
        // CSV/TSV have no boolean form; write it as a one-cell table so ASK results remain readable.
        WriteHead(["boolean"]);
        writer.Write(tsv ? (value ? "true" : "false") : value ? "true" : "false");
        writer.Write(NewLine);
        writer.Flush();
    }

    public void Dispose() => writer.Dispose();
}
