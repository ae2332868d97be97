using Graph.IO;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine;
using Graph.Sparql.Results;

namespace Graph.Cli;

/// <summary>How <c>graph query</c> prints a result: a SPARQL results format, the terminal table, or an RDF syntax.</summary>
internal abstract record QueryOutput
{
    public sealed record Table : QueryOutput;

    public sealed record Results(SparqlResultsFormat Format) : QueryOutput;

    public sealed record Rdf(RdfFormat Format) : QueryOutput;

    public const string ResultNames = "table, json, xml, csv, tsv";

    /// <summary>The output for <paramref name="name"/> (null: the default), checked against the query form.</summary>
    public static QueryOutput Choose(string? name, QueryForm form, bool redirected)
    {
        var tabular = form is QueryForm.Select or QueryForm.Ask;
        if (name is null)
            return tabular ? (redirected ? new Results(SparqlResultsFormat.Json) : new Table()) : new Rdf(RdfFormat.Turtle);

        QueryOutput? chosen = name.ToLowerInvariant() switch
        {
            "table" => new Table(),
            "json" or "srj" => new Results(SparqlResultsFormat.Json),
            "xml" or "srx" => new Results(SparqlResultsFormat.Xml),
            "csv" => new Results(SparqlResultsFormat.Csv),
            "tsv" => new Results(SparqlResultsFormat.Tsv),
            _ => RdfFormat.Find(name) is { } rdf ? new Rdf(rdf) : null,
        };
        return chosen switch
        {
            null => throw new UsageException($"Unknown --results '{name}'; use {ResultNames} (SELECT, ASK) or {RdfInput.FormatNames} (CONSTRUCT, DESCRIBE)."),
            Rdf when tabular => throw new UsageException($"--results {name} is an RDF syntax, but a {form} query gives a table; use {ResultNames}."),
            not Rdf when !tabular => throw new UsageException($"--results {name} is a table format, but a {form} query gives a graph; use {RdfInput.FormatNames}."),
            _ => chosen,
        };
    }

    public static void Write(QueryResult result, QueryOutput output, Query query)
    {
        var stdout = Console.Out;
        switch (output)
        {
            case Table:
                var table = new ResultTable(query.Prefixes);
                stdout.Write(result.Form == QueryForm.Ask
                    ? ResultTable.RenderBoolean(result.Boolean)
                    : table.Render(result.Variables, result.Rows));
                break;
            case Results r:
                var set = result.Form == QueryForm.Ask
                    ? SparqlResultSet.FromBoolean(result.Boolean)
                    : new SparqlResultSet(result.Variables, result.Rows);
                using (var stream = new BufferedStream(new TextWriterStream(stdout), 1 << 16))
                    SparqlResults.Write(set, stream, r.Format);
                break;
            case Rdf g:
                var options = new RdfWriterOptions { Prefixes = query.Prefixes.OrderBy(p => p.Key, StringComparer.Ordinal).ToList() };
                using (var stream = new BufferedStream(new TextWriterStream(stdout), 1 << 16))
                    RdfSyntaxes.CreateWriter(g.Format).Write(result.Triples, stream, options);
                break;
            default:
                throw new System.Diagnostics.UnreachableException(output.ToString());
        }
        stdout.Flush();
    }
}
