using System.CommandLine;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine;
using Graph.Sparql.Engine.Remote;
using Graph.Sparql.Syntax;

namespace Graph.Cli;

/// <summary>
/// <c>graph update</c>: applies a SPARQL 1.1 Update request (https://www.w3.org/TR/sparql11-update/) to RDF files
/// loaded into a store and writes the resulting dataset (atomically with -o), or sends it to a remote endpoint.
/// </summary>
internal static class UpdateCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("UPDATE") { Description = "The SPARQL update text (or give --update FILE).", Arity = ArgumentArity.ZeroOrOne };
        var data = new Option<string[]>("--data", "-d") { Description = "An RDF file or a vault folder to load into the default graph; repeatable." };
        var named = new Option<string[]>("--named", "-n") { Description = "IRI=FILE: load FILE into the named graph IRI; repeatable." };
        var updateFile = new Option<string?>("--update", "-u") { Description = "Read the update from this file (its file: IRI is the default base)." };
        var output = new Option<string?>("--output", "-o") { Description = "File to write the updated dataset to (atomically); default: standard output." };
        var to = new Option<string?>("--to") { Description = $"Syntax to write: {RdfInput.FormatNames} (default: from -o's extension, else nq when there are named graphs, else ttl)." };
        var baseIri = new Option<string?>("--base", "-b") { Description = "Base IRI for the update and the data." };
        var timeout = new Option<double?>("--timeout", "-t") { Description = "Stop after this many seconds (nothing is written)." };
        var endpoint = new Option<string?>("--endpoint", "-e") { Description = "Send the update to this remote SPARQL endpoint (SPARQL 1.1 Protocol) instead of applying it to --data." };

        var command = new Command("update", "Apply a SPARQL 1.1 Update to RDF files (or a remote endpoint) and write the result.")
        {
            text, data, named, updateFile, output, to, baseIri, timeout, endpoint,
        };
        command.SetAction(parse => CommandRunner.Run(() => Execute(
            parse.GetValue(text), parse.GetValue(updateFile), parse.GetValue(data) ?? [], parse.GetValue(named) ?? [],
            parse.GetValue(output), parse.GetValue(to), parse.GetValue(baseIri), parse.GetValue(timeout), parse.GetValue(endpoint))));
        return command;
    }

    private static int Execute(string? text, string? file, string[] data, string[] named, string? output, string? to, string? baseIri, double? timeout, string? endpoint)
    {
        if ((text is null) == (file is null)) throw new UsageException("Give the update either as an argument or with --update FILE (exactly one).");
        if (timeout is <= 0) throw new UsageException("--timeout must be a positive number of seconds.");
        if (file is not null && !File.Exists(file)) throw new FileNotFoundException($"{file}: no such file.", file);
        var source = text ?? File.ReadAllText(file!);
        var parseOptions = new SparqlParseOptions
        {
            BaseIri = baseIri ?? (file is null ? null : new Uri(Path.GetFullPath(file)).AbsoluteUri),
            File = file ?? "<update>",
        };
        var request = SparqlParser.ParseUpdate(source, parseOptions);
        if (endpoint is not null) return Remote(endpoint, source, data, named, output, timeout);

        var format = to is not null ? RdfInput.ParseFormat(to, "--to") : output is not null ? RdfFormat.FromPath(output) : null;
        var target = new GraphStore(QueryDataset.Load(data, named, baseIri));
        var client = RemoteSparql.Client(timeout);
        var options = new UpdateOptions
        {
            Timeout = timeout is { } s ? TimeSpan.FromSeconds(s) : null,
            Loader = (iri, cancel) => LoadDocument(client, iri, cancel),
            ServiceClient = client,
        };
        UpdateResult result;
        try
        {
            result = UpdateEngine.Execute(request, target, options);
        }
        catch (Exception e) when (e is UpdateEvaluationException or QueryTimeoutException or QueryEvaluationException or SparqlProtocolException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            Console.Error.WriteLine("nothing was written.");
            return ExitCodes.QueryFailed;
        }

        var quads = target.Store.EnumerateCanonical().ToList();
        format ??= quads.Any(q => q.Graph is not null) ? RdfFormat.NQuads : RdfFormat.Turtle;
        var writer = RdfSyntaxes.CreateWriter(format);
        var writerOptions = new RdfWriterOptions { Prefixes = Prefixes(request) };
        if (output is null)
        {
            using (var stdout = new BufferedStream(new TextWriterStream(Console.Out), 1 << 16))
                writer.Write(quads, stdout, writerOptions);
            Console.Out.Flush();
        }
        else
        {
            AtomicFile.Write(output, stream => writer.Write(quads, stream, writerOptions));
        }
        Console.Error.WriteLine($"{result.Operations} operation(s): {result.Inserted} quad(s) inserted, {result.Deleted} deleted.");
        if (target.EmptyGraphs.Count > 0)
            Console.Error.WriteLine($"warning: {target.EmptyGraphs.Count} empty named graph(s) are not written: RDF files only hold graphs with statements.");
        return ExitCodes.Success;
    }

    private static int Remote(string endpoint, string source, string[] data, string[] named, string? output, double? timeout)
    {
        var uri = RemoteSparql.ParseEndpoint(endpoint);
        if (data.Length > 0 || named.Length > 0 || output is not null)
            throw new UsageException("--endpoint changes the remote store: --data, --named and --output cannot be used with it.");
        try
        {
            RemoteSparql.Client(timeout).UpdateAsync(uri, source).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is QueryTimeoutException or SparqlProtocolException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.QueryFailed;
        }
        Console.Error.WriteLine($"{uri} accepted the update.");
        return ExitCodes.Success;
    }

    /// <summary>LOAD: a file: IRI is read from disk (syntax from its extension), http(s) is fetched with content negotiation.</summary>
    private static IEnumerable<Quad> LoadDocument(SparqlHttpClient client, Iri iri, CancellationToken cancellationToken)
    {
        var uri = new Uri(iri.Value);
        if (uri.IsFile)
        {
            var list = new QuadList();
            RdfInput.Read(uri.LocalPath, null, iri.Value, list);
            return list.Quads;
        }
        if (uri.Scheme is "http" or "https") return client.GetGraphAsync(uri, cancellationToken).GetAwaiter().GetResult();
        throw new NotSupportedException($"LOAD <{iri.Value}>: only file:, http: and https: documents can be loaded.");
    }

    private static List<KeyValuePair<string, string>> Prefixes(UpdateRequest request)
    {
        var merged = (request.Prefixes ?? new Dictionary<string, string>())
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        foreach (var p in Graph.Core.Vocabularies.WellKnownPrefixes.All)
            if (!merged.Any(m => m.Key == p.Key || m.Value == p.Value)) merged.Add(p);
        return merged;
    }
}
