using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;
using Graph.Store;

namespace Graph.Sparql.Engine.Tests.Federation;

/// <summary>
/// A fake SPARQL endpoint farm for SERVICE tests: each endpoint IRI is a store evaluated with our engine (itself able
/// to follow nested SERVICE calls), and the answers go through SPARQL Results JSON as they would over HTTP. Unknown
/// endpoints fail like an unreachable host. Records every query it was sent.
/// </summary>
public sealed class InProcessServiceClient(IReadOnlyDictionary<string, QuadStore> endpoints) : ISparqlServiceClient
{
    public List<(string Endpoint, string Query)> Sent { get; } = [];

    public SparqlResultSet Select(Iri endpoint, string query, CancellationToken cancellationToken)
    {
        Sent.Add((endpoint.Value, query));
        if (!endpoints.TryGetValue(endpoint.Value, out var store)) throw new HttpRequestException($"{endpoint.Value}: host not found");
        var parsed = SparqlParser.ParseQuery(query);
        var result = QueryEngine.Execute(parsed, store, new QueryOptions { ServiceClient = this, CancellationToken = cancellationToken });
        var set = parsed.Form == QueryForm.Ask ? SparqlResultSet.FromBoolean(result.Boolean) : new SparqlResultSet(result.Variables, result.Rows);
        using var json = new MemoryStream();
        SparqlResults.Write(set, json, SparqlResultsFormat.Json);
        json.Position = 0;
        return SparqlResults.Read(json, SparqlResultsFormat.Json);
    }
}
