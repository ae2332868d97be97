using System.CommandLine;
using System.Diagnostics;
using Graph.IO;
using Graph.Mapping;
using Graph.Mapping.Configuration;

namespace Graph.Cli;

/// <summary><c>graph convert</c>: a vault of Markdown notes → the knowledge graph, written in the formats asked for.</summary>
internal static class ConvertCommand
{
    private const string DefaultVault = "samples";
    private const string DefaultOut = "output";
    private const string DefaultFormats = "ttl,jsonld,nt";

    public static Command Create()
    {
        var vault = new Argument<string?>("VAULT")
        {
            Description = $"The vault folder (default: {DefaultVault}/, the sample vault).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string>("--out", "-o") { Description = $"Folder to write graph.* into (default: {DefaultOut}/).", DefaultValueFactory = _ => DefaultOut };
        var baseIri = new Option<string?>("--base", "-b") { Description = "Base IRI of every minted IRI ({base}note/…, person/…); default: ontology/mapping.json's baseIri." };
        var formats = new Option<string>("--format", "-f")
        {
            Description = $"Comma-separated syntaxes to write: ttl, jsonld, nt, nq, trig, rdfxml (default: {DefaultFormats}).",
            DefaultValueFactory = _ => DefaultFormats,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no summary, only warnings." };

        var command = new Command("convert", "Convert a vault of Markdown notes into a Schema.org + SKOS knowledge graph (graph.ttl, graph.jsonld, …).")
        {
            vault, output, baseIri, formats, quiet,
        };
        command.SetAction(parse => CommandRunner.Run(() => Execute(
            parse.GetValue(vault) ?? DefaultVault,
            parse.GetValue(output)!,
            parse.GetValue(baseIri),
            parse.GetValue(formats)!,
            parse.GetValue(quiet))));
        return command;
    }

    private static int Execute(string vaultPath, string outDir, string? baseIri, string formatList, bool quiet)
    {
        var formats = formatList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => RdfInput.ParseFormat(f, "--format"))
            .Distinct()
            .ToList();
        if (formats.Count == 0) throw new UsageException("--format names no syntax.");
        if (!Directory.Exists(vaultPath))
            throw new DirectoryNotFoundException($"{vaultPath}: no such folder (give the vault folder as the first argument).");

        var clock = Stopwatch.StartNew();
        // The dataset description lists exactly the dumps this run writes.
        var dumps = formats.Select(f => new DumpFile("graph" + f.Extensions[0], f.MediaType)).ToList();
        var result = VaultConverter.Convert(vaultPath, new MappingOptions { BaseIri = baseIri, Dumps = dumps });

        WarningPrinter.Print(result.Diagnostics, Console.Error);

        // All files or none: the previous good output survives any failure.
        var options = new RdfWriterOptions { Canonical = true, Prefixes = OutputPrefixes(result) };
        var files = formats.Select(format =>
        {
            var writer = RdfSyntaxes.CreateWriter(format);
            return (Path.Combine(outDir, "graph" + format.Extensions[0]), (Action<Stream>)(stream => writer.Write(result.Quads, stream, options)));
        }).ToList();
        AtomicFile.WriteAll(files);
        var written = files.Select(f => f.Item1).ToList();
        clock.Stop();

        if (!quiet)
        {
            Console.Out.WriteLine($"Converted {vaultPath} in {clock.Elapsed.TotalSeconds:0.00} s: {result.Summary}");
            foreach (var path in written) Console.Out.WriteLine($"  wrote {path}");
        }
        return ExitCodes.Success;
    }

    // The converter's own namespaces get short prefixes in Turtle, TriG and RDF/XML output.
    private static List<KeyValuePair<string, string>> OutputPrefixes(ConversionResult result)
    {
        var prefixes = new List<KeyValuePair<string, string>>(Graph.Core.Vocabularies.WellKnownPrefixes.All);
        var datasetIri = result.DatasetIri.Value;
        var root = datasetIri[..(datasetIri.LastIndexOf('/') + 1)];
        foreach (var kind in new[] { "note", "person", "organization", "topic", "quote", "media", "expertise", "scheme" })
            prefixes.Add(new(kind, root + kind + "/"));
        return prefixes;
    }
}
