using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Graph.IO;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine;
using Graph.Sparql.Engine.Planning;
using Graph.Sparql.Engine.Remote;
using Graph.Sparql.Optimization;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;

namespace Graph.Cli;

/// <summary>
/// <c>graph query</c>: loads RDF files and vaults into a store, runs a SPARQL 1.1 query
/// (https://www.w3.org/TR/sparql11-query/) and prints the results: a table on a terminal, else SPARQL Results JSON
/// (SELECT, ASK) or Turtle (CONSTRUCT, DESCRIBE), or the format asked for.
/// </summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("QUERY") { Description = "The SPARQL query text (or give --query FILE).", Arity = ArgumentArity.ZeroOrOne };
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "An RDF file (syntax from the extension) or a vault folder (converted on the fly) to load into the default graph; repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var named = new Option<string[]>("--named", "-n") { Description = "IRI=FILE: load FILE into the named graph IRI; repeatable." };
        var queryFile = new Option<string?>("--query", "-q") { Description = "Read the query from this file (its file: IRI is the default base)." };
        var results = new Option<string?>("--results", "-r")
        {
            Description = $"Output: {QueryOutput.ResultNames} for SELECT/ASK; {RdfInput.FormatNames} for CONSTRUCT/DESCRIBE " +
                          "(default: table on a terminal, else json; ttl for graphs).",
        };
        var baseIri = new Option<string?>("--base", "-b") { Description = "Base IRI for the query and the data (default: each file's own file: IRI)." };
        var timeout = new Option<double?>("--timeout", "-t") { Description = "Stop the query after this many seconds." };
        var maxResults = new Option<long?>("--max-results") { Description = "Fail when the result has more rows (or triples) than this." };
        var time = new Option<bool>("--time") { Description = "Print on stderr how long loading, the query and writing took." };
        var endpoint = new Option<string?>("--endpoint", "-e")
        {
            Description = "Run the query at this remote SPARQL endpoint (SPARQL 1.1 Protocol) instead of over --data.",
        };
        var explain = new Option<bool>("--explain") { Description = "Print the query's algebra (SSE) before and after each optimiser pass, instead of running it." };

        var command = new Command("query", "Run a SPARQL 1.1 query over RDF files and vaults.")
        {
            text, data, named, queryFile, endpoint, results, baseIri, timeout, maxResults, explain, time,
        };
        command.SetAction(parse => CommandRunner.Run(() => Execute(new QueryRequest(
            parse.GetValue(text),
            parse.GetValue(queryFile),
            parse.GetValue(data) ?? [],
            parse.GetValue(named) ?? [],
            parse.GetValue(results),
            parse.GetValue(baseIri),
            parse.GetValue(timeout),
            parse.GetValue(maxResults),
            parse.GetValue(explain),
            parse.GetValue(time),
            parse.GetValue(endpoint)))));
        return command;
    }

    private static int Execute(QueryRequest request)
    {
        var query = Parse(request);
        if (request.Endpoint is not null) return ExecuteRemote(request, query);
        var output = request.Explain ? null : QueryOutput.Choose(request.Results, query.Form, Console.IsOutputRedirected);
        var clock = Stopwatch.StartNew();
        var store = QueryDataset.Load(request.Data, request.Named, request.BaseIri);
        var loaded = clock.Elapsed;
        if (request.Explain)
        {
            // The data is loaded first so that join reordering sees the same counts the real run would.
            Console.Out.Write(new Optimizer(new StoreCardinalityEstimator(store)).Explain(query.Pattern).ToText());
            return ExitCodes.Success;
        }
        var options = new QueryOptions
        {
            Timeout = request.TimeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            MaxResults = request.MaxResults,
            ServiceClient = RemoteSparql.Client(request.TimeoutSeconds),
        };

        QueryResult result;
        try
        {
            result = QueryEngine.Execute(query, store, options);
        }
        catch (Exception e) when (e is QueryTimeoutException or QueryLimitException or QueryEvaluationException or SparqlProtocolException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.QueryFailed;
        }

        var queried = clock.Elapsed;
        QueryOutput.Write(result, output!, query);
        if (request.Time)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load {loaded.TotalSeconds:0.000} s ({store.Count} quads), query {(queried - loaded).TotalSeconds:0.000} s ({result.Rows.Count + result.Triples.Count} results), write {(clock.Elapsed - queried).TotalSeconds:0.000} s"));
        }
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>--endpoint</c>: the query (parsed here first, so syntax errors are ours and the form picks the formats to
    /// ask for) runs at the remote endpoint; its answer is written as a local one would be.
    /// </summary>
    private static int ExecuteRemote(QueryRequest request, Query query)
    {
        var endpoint = RemoteSparql.ParseEndpoint(request.Endpoint!);
        if (request.Data.Count > 0 || request.Named.Count > 0)
            throw new UsageException("--endpoint queries the remote dataset: --data and --named cannot be used with it.");
        if (request.Explain) throw new UsageException("--explain shows our own plan: it cannot be used with --endpoint.");
        var output = QueryOutput.Choose(request.Results, query.Form, Console.IsOutputRedirected);
        var text = request.QueryFile is { } file ? File.ReadAllText(file) : request.Text!;
        var clock = Stopwatch.StartNew();
        QueryResult result;
        try
        {
            result = RemoteSparql.Client(request.TimeoutSeconds).QueryAsync(endpoint, text, query.Form).GetAwaiter().GetResult();
            if (request.MaxResults is { } max && result.Rows.Count + result.Triples.Count > max) throw new QueryLimitException(max);
        }
        catch (Exception e) when (e is QueryTimeoutException or QueryLimitException or SparqlProtocolException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.QueryFailed;
        }
        var queried = clock.Elapsed;
        QueryOutput.Write(result, output, query);
        if (request.Time)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"remote query {queried.TotalSeconds:0.000} s ({result.Rows.Count + result.Triples.Count} results), write {(clock.Elapsed - queried).TotalSeconds:0.000} s"));
        }
        return ExitCodes.Success;
    }

    private static Query Parse(QueryRequest request)
    {
        if ((request.Text is null) == (request.QueryFile is null))
            throw new UsageException("Give the query either as an argument or with --query FILE (exactly one).");
        if (request.TimeoutSeconds is <= 0) throw new UsageException("--timeout must be a positive number of seconds.");
        if (request.MaxResults is < 0) throw new UsageException("--max-results must not be negative.");

        if (request.QueryFile is { } file)
        {
            if (!File.Exists(file)) throw new FileNotFoundException($"{file}: no such file.", file);
            var options = new SparqlParseOptions { BaseIri = request.BaseIri ?? new Uri(Path.GetFullPath(file)).AbsoluteUri, File = file };
            return SparqlParser.ParseQuery(File.ReadAllText(file), options);
        }
        return SparqlParser.ParseQuery(request.Text!, new SparqlParseOptions { BaseIri = request.BaseIri, File = "<query>" });
    }
}
