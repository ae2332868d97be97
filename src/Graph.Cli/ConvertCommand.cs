using System.CommandLine;
using System.Diagnostics;
using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Mapping;
using Graph.Mapping.Configuration;
using Graph.Publishing;
using Graph.Publishing.Dumps;

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
        var formats = new Option<string?>("--format", "-f")
        {
            Description = $"Comma-separated syntaxes to write: ttl, jsonld, nt, nq, trig, rdfxml (default: {DefaultFormats}; with --graphs per-note: {DefaultDatasetFormats}).",
        };
        var graphs = new Option<string>("--graphs", "-g")
        {
            Description = "single: every statement in the default graph; per-note: one named graph per note with its provenance, shared entities in their own graph (needs nq, trig or jsonld; see ontology/README.md).",
            DefaultValueFactory = _ => "single",
        };
        var dumpDir = new Option<string?>("--dump-dir") { Description = "Also write a bulk dump for triple-store loaders there: gzip N-Quads parts (graph-0001.nq.gz, …) and manifest.json." };
        var splitSize = new Option<string>("--split-size")
        {
            Description = "Most N-Quads bytes (before compression) per dump part, e.g. 100MB, 512KB, 1G (default: 100MB).",
            DefaultValueFactory = _ => "100MB",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no summary, only warnings." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print each phase's wall time, CPU time, allocations and GC pause on stderr." };

        var command = new Command("convert", "Convert a vault of Markdown notes into a Schema.org + SKOS knowledge graph (graph.ttl, graph.jsonld, …).")
        {
            vault, output, baseIri, formats, graphs, dumpDir, splitSize, quiet, verbose,
        };
        command.SetAction(parse => CommandRunner.Run(() => Execute(
            parse.GetValue(vault) ?? DefaultVault,
            parse.GetValue(output)!,
            parse.GetValue(baseIri),
            parse.GetValue(formats),
            ParseLayout(parse.GetValue(graphs)!),
            parse.GetValue(dumpDir),
            parse.GetValue(splitSize)!,
            parse.GetValue(quiet),
            parse.GetValue(verbose))));
        return command;
    }

    private const string DefaultDatasetFormats = "trig,nq";

    internal static GraphLayout ParseLayout(string text) => text.Trim().ToLowerInvariant() switch
    {
        "single" or "one" => GraphLayout.Single,
        "per-note" or "pernote" => GraphLayout.PerNote,
        _ => throw new UsageException($"--graphs '{text}': use single or per-note."),
    };

    private static int Execute(string vaultPath, string outDir, string? baseIri, string? formatList, GraphLayout layout, string? dumpDir, string splitText, bool quiet, bool verbose)
    {
        var perNote = layout == GraphLayout.PerNote;
        var formats = (formatList ?? (perNote ? DefaultDatasetFormats : DefaultFormats))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => RdfInput.ParseFormat(f, "--format"))
            .Distinct()
            .ToList();
        if (formats.Count == 0) throw new UsageException("--format names no syntax.");
        if (perNote && formats.FirstOrDefault(f => !f.SupportsDatasets) is { } flat)
            throw new UsageException($"--graphs per-note writes named graphs, which {flat.DisplayName} cannot hold; use nq, trig or jsonld.");
        long splitSize;
        try { splitSize = NQuadsDump.ParseSize(splitText); }
        catch (FormatException e) { throw new UsageException("--split-size: " + e.Message); }
        if (splitSize < 1024) throw new UsageException("--split-size: a part must hold at least 1KB.");
        if (!Directory.Exists(vaultPath))
            throw new DirectoryNotFoundException($"{vaultPath}: no such folder (give the vault folder as the first argument).");

        var clock = Stopwatch.StartNew();
        var phases = new PhaseClock(verbose ? Console.Error : null);
        // The dataset description lists exactly the dumps this run writes.
        var dumps = formats.Select(f => new Graph.Mapping.Configuration.DumpFile(ConvertDumps.FileName(f), f.MediaType)).ToList();
        var configuration = MappingConfiguration.Default;
        var mapping = new MappingOptions { BaseIri = baseIri, Configuration = configuration, Dumps = dumps, Graphs = layout };
        var result = Map(Read(vaultPath, mapping, phases, formats, out var noCollection), mapping, phases);
        // Ended before the bulk dump, or by any failure: an in-process caller (tests) collects as usual afterwards.
        using var ended = noCollection;

        // Every writer only reads the statements, so the dumps, the counts behind the publication files and the warnings
        // are made side by side; each dump's bytes are what one writer alone would write.
        var warnings = Task.Run(() => WarningPrinter.Print(result.Diagnostics, Console.Error));
        var statistics = Task.Run(() => PublicationFiles.Count(result));
        // All files or none: the previous good output survives any failure. The dumps are serialised first, so that
        // the DCAT description can give their sizes.
        var options = new RdfWriterOptions { Canonical = true, Prefixes = OutputPrefixes(result, perNote) };
        var written = formats.Select(f => Path.Combine(outDir, ConvertDumps.FileName(f))).ToList();
        using (var files = new AtomicFileSet())
        {
            var sizes = ConvertDumps.Write(result.Quads, formats, options, outDir, files);
            warnings.GetAwaiter().GetResult();
            phases.Lap("serialise " + string.Join(",", formats.Select(f => f.Extensions[0].TrimStart('.'))));
            var distributions = formats.Select((format, i) => new DumpDistribution(ConvertDumps.FileName(format), format.MediaType, sizes[i])).ToList();
            foreach (var (path, write) in PublicationFiles.Create(result, statistics.GetAwaiter().GetResult(), configuration, outDir, distributions))
            {
                files.Write(path, write);
                written.Add(path);
            }
            files.Commit();
        }
        phases.Lap("publication, files");
        // Ending the region earlier would start a collection at once (its allocations count against the budget): only
        // the bulk dump, which allocates as much again, collects as usual.
        noCollection.Dispose();
        if (dumpDir is not null)
        {
            var manifest = NQuadsDump.Write(result.Quads.Order(QuadComparer.Instance), dumpDir, splitSize);
            written.AddRange(manifest.Parts.Select(p => Path.Combine(dumpDir, p.File)));
            written.Add(Path.Combine(dumpDir, DumpManifest.FileName));
            phases.Lap("bulk dump");
        }
        clock.Stop();

        if (!quiet)
        {
            Console.Out.WriteLine($"Converted {vaultPath} in {clock.Elapsed.TotalSeconds:0.00} s: {result.Summary}");
            foreach (var path in written) Console.Out.WriteLine($"  wrote {path}");
        }
        return ExitCodes.Success;
    }

    // The note model is held by no local of Execute: it is garbage once mapped, and every later full collection would
    // otherwise mark it again while the dumps are written.
    // No collection from the start of the read to the publication files (QuietHeap): nearly everything the reader makes
    // lives until the model is mapped, and what mapping and the writers make lives until the files are written, so
    // collections there mostly copy and mark what survives anyway (1-2 s of pauses on the 20,000-note vault, while the
    // other core waits). How much the reader will allocate is not known before it runs: the first reservation is
    // generous (reserved memory that is never used is never touched: address space, not RAM). A vault that outgrows it
    // collects as usual from there; then what follows the read is reserved in proportion to what the reader made (on
    // the 20,000-note vault: mapping 0.16 of it, JSON-LD 0.33, the other writers 0.09-0.18), with a margin.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Graph.Vault.Model.VaultModel Read(string vaultPath, MappingOptions mapping, PhaseClock phases, IReadOnlyList<RdfFormat> formats, out QuietHeap quiet)
    {
        var start = GC.GetTotalAllocatedBytes();
        var whole = QuietHeap.Start(Math.Min(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 6, WholeRunReserve));
        Graph.Vault.Model.VaultModel model;
        try { model = Graph.Vault.VaultReader.Read(vaultPath, VaultConverter.ReaderOptionsOf(mapping)); }
        catch
        {
            whole.Dispose();
            throw;
        }
        var allocated = GC.GetTotalAllocatedBytes() - start;
        quiet = whole.IsActive ? whole : QuietHeap.Start((long)(allocated * (0.25 + formats.Sum(f => f == RdfFormat.JsonLd ? 0.45 : 0.25))));
        phases.Lap("read");
        return model;
    }

    /// <summary>Covers a conversion of the 20,000-note vault (48 MB of Markdown) into the default formats: 0.73 GB read,
    /// 0.12 GB mapped, 0.31 GB written.</summary>
    private const long WholeRunReserve = 2L << 30;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ConversionResult Map(Graph.Vault.Model.VaultModel model, MappingOptions mapping, PhaseClock phases)
    {
        var result = VaultConverter.Convert(model, mapping);
        phases.Lap("map");
        return result;
    }

    // The converter's own namespaces get short prefixes in Turtle, TriG and RDF/XML output.
    private static List<KeyValuePair<string, string>> OutputPrefixes(ConversionResult result, bool perNote)
    {
        var prefixes = new List<KeyValuePair<string, string>>(Graph.Core.Vocabularies.WellKnownPrefixes.All);
        var datasetIri = result.DatasetIri.Value;
        var root = datasetIri[..(datasetIri.LastIndexOf('/') + 1)];
        foreach (var kind in new[] { "note", "person", "organization", "topic", "quote", "media", "expertise", "scheme" })
            prefixes.Add(new(kind, root + kind + "/"));
        // Only with named graphs, so that the single-graph output keeps its exact bytes.
        if (perNote)
        {
            prefixes.Add(new("ng", root + "graph/"));
            prefixes.Add(new("source", root + "source/"));
        }
        return prefixes;
    }
}
