using Graph.IO;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine;
using Graph.Sparql.Results;

namespace Graph.Server.Protocol;

/// <summary>Serialises a query result in the negotiated format: a results format for SELECT/ASK, an RDF syntax for graphs.</summary>
internal static class QueryResultWriter
{
    public static void Write(QueryResult result, Query query, ResponseFormat format, Stream output)
    {
        if (format.Results is { } results)
        {
            var set = result.Form == QueryForm.Ask
                ? SparqlResultSet.FromBoolean(result.Boolean)
                : new SparqlResultSet(result.Variables, result.Rows);
            SparqlResults.Write(set, output, results);
            return;
        }
        var rdf = format.Rdf ?? throw new System.Diagnostics.UnreachableException(format.MediaType);
        var options = new RdfWriterOptions
        {
            Prefixes = query.Prefixes.Count == 0 ? null : query.Prefixes.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
        };
        RdfSyntaxes.CreateWriter(rdf).Write(result.Triples, output, options);
    }
}
