using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.Mapping;
using Graph.Store;
using Graph.Vault;

namespace Graph.Cli;

/// <summary>
/// Builds the store <c>graph query</c> runs against: each <c>--data</c> (an RDF file, or a vault folder converted on
/// the fly) into the default graph, each <c>--named IRI=FILE</c> into its named graph, in one bulk load.
/// </summary>
internal static class QueryDataset
{
    public static QuadStore Load(IReadOnlyList<string> data, IReadOnlyList<string> named, string? baseIri)
    {
        var store = new QuadStore();
        var load = store.BeginBulkLoad();
        var sink = new StoreSink(load);
        foreach (var path in data)
        {
            if (Directory.Exists(path)) LoadVault(path, load);
            else RdfInput.Read(path, null, baseIri, sink);
        }
        foreach (var spec in named)
        {
            var (iri, path) = ParseNamed(spec);
            RdfInput.Read(path, null, baseIri, new StoreSink(load, iri));
        }
        load.Commit();
        return store;
    }

    /// <summary>Splits <c>IRI=FILE</c> at the last '=' (IRIs may contain '=' in their query part, file names rarely do).</summary>
    public static (Iri Graph, string Path) ParseNamed(string spec)
    {
        var at = spec.LastIndexOf('=');
        if (at <= 0 || at == spec.Length - 1)
            throw new UsageException($"--named '{spec}' is not of the form IRI=FILE.");
        var iri = spec[..at].Trim('<', '>');
        if (!Uri.TryCreate(iri, UriKind.Absolute, out _))
            throw new UsageException($"--named '{spec}': '{iri}' is not an absolute IRI.");
        return (new Iri(iri), spec[(at + 1)..]);
    }

    private static void LoadVault(string folder, BulkLoad load)
    {
        var model = VaultReader.Read(folder, VaultReaderOptions.Default);
        var result = VaultConverter.Convert(model, new MappingOptions());
        foreach (var d in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            Console.Error.WriteLine(d);
        foreach (var quad in result.Quads) load.Add(quad);
    }
}
