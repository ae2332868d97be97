using System.CommandLine;
using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Mapping;
using Graph.Publishing.Push;

namespace Graph.Cli;

/// <summary>
/// <c>graph push</c>: publishes a vault (converted with one named graph per note) or RDF files into a triple store over
/// the SPARQL 1.1 Graph Store HTTP Protocol or SPARQL 1.1 Update, sending only the graphs that changed since the last push.
/// </summary>
internal static class PushCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("VAULT|FILE")
        {
            Description = "A vault folder (converted with --graphs per-note) or RDF files (syntax from the extension); default: samples/.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "Folder holding the push state (push-state.json; default: output/).", DefaultValueFactory = _ => "output" };
        var endpoint = new Option<string>("--endpoint", "-e") { Description = "The SPARQL 1.1 Update endpoint (also names the target in the push state).", Required = true };
        var graphStore = new Option<string?>("--graph-store") { Description = "A SPARQL 1.1 Graph Store endpoint: graphs are then sent by PUT (one request each) and dropped by DELETE." };
        var user = new Option<string?>("--user", "-u") { Description = "User name for HTTP basic authentication." };
        var passwordEnv = new Option<string?>("--password-env") { Description = "Name of the environment variable holding the password (never on the command line)." };
        var tokenEnv = new Option<string?>("--token-env") { Description = "Name of the environment variable holding a bearer token (sent as Authorization: Bearer; e.g. for graph serve --allow-writes)." };
        var batch = new Option<int>("--batch") { Description = "Most triples per INSERT DATA request (SPARQL Update; default 10000).", DefaultValueFactory = _ => 10_000 };
        var baseIri = new Option<string?>("--base", "-b") { Description = "Base IRI of the vault's minted IRIs (as for convert)." };
        var defaultGraph = new Option<string?>("--default-graph") { Description = "Send the files' default-graph statements into this named graph (else into the store's default graph)." };
        var retries = new Option<int>("--retries") { Description = "Attempts per graph on 5xx, timeouts and connection errors (default 5).", DefaultValueFactory = _ => 5 };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "List what would be sent and dropped; send nothing." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary and errors." };

        var command = new Command("push", "Publish the graph into a triple store (Graph Store Protocol or SPARQL Update), sending only what changed.")
        {
            inputs, output, endpoint, graphStore, user, passwordEnv, tokenEnv, batch, baseIri, defaultGraph, retries, dryRun, quiet,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var options = Options(parse.GetValue(endpoint)!, parse.GetValue(graphStore), parse.GetValue(user), parse.GetValue(passwordEnv),
                parse.GetValue(tokenEnv), parse.GetValue(batch), parse.GetValue(retries));
            var graphs = Load(parse.GetValue(inputs) ?? [], parse.GetValue(baseIri), parse.GetValue(defaultGraph));
            var stateFile = Path.Combine(parse.GetValue(output)!, PushState.FileName);
            return parse.GetValue(dryRun)
                ? DryRun(graphs, stateFile, options)
                : Push(graphs, stateFile, options, parse.GetValue(quiet));
        }));
        return command;
    }

    private static PushOptions Options(string endpoint, string? graphStore, string? user, string? passwordEnv, string? tokenEnv, int batch, int retries)
    {
        if (batch < 1) throw new UsageException("--batch must be at least 1.");
        if (retries < 1) throw new UsageException("--retries must be at least 1.");
        string? password = null;
        if (passwordEnv is not null)
        {
            if (user is null) throw new UsageException("--password-env needs --user.");
            password = Environment.GetEnvironmentVariable(passwordEnv)
                ?? throw new UsageException($"--password-env: the environment variable {passwordEnv} is not set.");
        }
        string? token = null;
        if (tokenEnv is not null)
        {
            if (user is not null) throw new UsageException("--token-env and --user are two ways to authenticate; give one.");
            token = Environment.GetEnvironmentVariable(tokenEnv) is { Length: > 0 } t ? t
                : throw new UsageException($"--token-env: the environment variable {tokenEnv} is not set (or empty).");
        }
        return new PushOptions
        {
            Token = token,
            Endpoint = HttpUrl(endpoint, "--endpoint"),
            GraphStore = graphStore is null ? null : HttpUrl(graphStore, "--graph-store"),
            User = user,
            Password = password,
            Batch = batch,
            MaxAttempts = retries,
        };
    }

    private static Uri HttpUrl(string text, string option) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"{option} '{text}' is not an http(s) URL.");

    private static IReadOnlyList<PublishedGraph> Load(string[] inputs, string? baseIri, string? defaultGraph)
    {
        if (inputs.Length == 0) inputs = ["samples"];
        Iri? target = null;
        if (defaultGraph is not null)
            target = Uri.TryCreate(defaultGraph, UriKind.Absolute, out _) ? new Iri(defaultGraph) : throw new UsageException($"--default-graph '{defaultGraph}' is not an absolute IRI.");
        var quads = new List<Quad>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var result = VaultConverter.Convert(input, new MappingOptions { BaseIri = baseIri, Graphs = GraphLayout.PerNote });
                foreach (var d in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)) Console.Error.WriteLine(d);
                quads.AddRange(result.Quads);
            }
            else
            {
                var list = new QuadList();
                RdfInput.Read(input, null, baseIri, list);
                quads.AddRange(list.Quads);
            }
        }
        return PublishedGraph.FromDataset(quads, target);
    }

    private static int DryRun(IReadOnlyList<PublishedGraph> graphs, string stateFile, PushOptions options)
    {
        var plan = Publisher.Plan(graphs, PushState.Load(stateFile), options);
        var how = options.GraphStore is { } gs ? $"PUT to {gs}" : $"SPARQL Update to {options.Endpoint}";
        Console.Out.WriteLine($"dry run: {plan.Send.Count} graph(s) to send ({how}), {plan.Drop.Count} to drop, {plan.Unchanged.Count} unchanged");
        foreach (var g in plan.Send) Console.Out.WriteLine($"  send {g.Key} ({g.Triples} triples)");
        foreach (var key in plan.Drop) Console.Out.WriteLine($"  drop {key}");
        return ExitCodes.Success;
    }

    private static int Push(IReadOnlyList<PublishedGraph> graphs, string stateFile, PushOptions options, bool quiet)
    {
        using var publisher = new Publisher(options);
        var progress = new Progress(quiet);
        var report = publisher.PushAsync(graphs, stateFile, progress, CancellationToken.None).GetAwaiter().GetResult();
        var summary = $"{report.Sent.Count} graph(s) sent, {report.Dropped.Count} dropped, {report.Unchanged.Count} unchanged";
        if (report.Succeeded)
        {
            Console.Out.WriteLine("push done: " + summary);
            return ExitCodes.Success;
        }
        Console.Error.WriteLine($"push failed at {report.Failed}: {report.Error}");
        Console.Error.WriteLine($"{summary}; {report.NotSent.Count + 1} not sent (the store keeps their previous version):");
        foreach (var key in report.Sent) Console.Error.WriteLine($"  sent     {key}");
        foreach (var key in report.Dropped) Console.Error.WriteLine($"  dropped  {key}");
        Console.Error.WriteLine($"  FAILED   {report.Failed}");
        foreach (var key in report.NotSent) Console.Error.WriteLine($"  not sent {key}");
        return ExitCodes.IoError;
    }

    // Synchronous: lines appear in order, as they happen.
    private sealed class Progress(bool quiet) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value.StartsWith("retrying", StringComparison.Ordinal)) Console.Error.WriteLine(value);
            else if (!quiet) Console.Out.WriteLine("  " + value);
        }
    }
}
