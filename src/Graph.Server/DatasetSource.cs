using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Mapping;
using Graph.Store;
using Graph.Vault;

namespace Graph.Server;

/// <summary>
/// Where the served data comes from: a vault folder (converted with <see cref="VaultConverter"/>) or RDF files (syntax
/// from the extension), and the base IRI. <see cref="Load(Action{Diagnostic}?, CancellationToken)"/> builds a fresh snapshot, so reloading is loading again.
/// </summary>
/// <param name="VaultPath">The vault folder, or null when serving files.</param>
/// <param name="Files">RDF files loaded as they are (quads keep their graph); may be combined with a vault.</param>
/// <param name="BaseIri">The <c>--base</c> IRI: base of the minted IRIs and of relative IRIs in files; null: the mapping configuration's.</param>
public sealed record DatasetSource(string? VaultPath, IReadOnlyList<string> Files, string? BaseIri)
{
    /// <summary>
    /// Reads everything into a new store; conversion warnings go to <paramref name="warning"/>. Throws
    /// <see cref="RdfSyntaxException"/> or IO exceptions on bad input.
    /// </summary>
    public DatasetSnapshot Load(Action<Diagnostic>? warning = null, CancellationToken cancellationToken = default) =>
        Load(null, null, warning, cancellationToken);

    /// <summary>
    /// A reader that keeps each note's parse between loads, for <see cref="Load(IncrementalVaultReader?, IReadOnlyCollection{string}?, Action{Diagnostic}?, CancellationToken)"/>;
    /// null when the source has no vault.
    /// </summary>
    public IncrementalVaultReader? CreateIncrementalReader() => VaultPath is null ? null : new IncrementalVaultReader(VaultPath, ReaderOptions(new MappingOptions { BaseIri = BaseIri }));

    /// <summary>
    /// As <see cref="Load(Action{Diagnostic}?, CancellationToken)"/>, but the vault is read through
    /// <paramref name="incremental"/> (from <see cref="CreateIncrementalReader"/>), which parses again only the notes
    /// that changed since its previous read or that <paramref name="changed"/> names (vault-relative paths); the
    /// result is the same as a full load of the same files.
    /// </summary>
    public DatasetSnapshot Load(IncrementalVaultReader? incremental, IReadOnlyCollection<string>? changed, Action<Diagnostic>? warning = null, CancellationToken cancellationToken = default)
    {
        var options = new MappingOptions { BaseIri = BaseIri };
        var store = new QuadStore();
        var load = store.BeginBulkLoad();
        Graph.Vault.Model.VaultModel? vault = null;
        ConversionResult? conversion = null;
        if (VaultPath is not null)
        {
            if (!Directory.Exists(VaultPath)) throw new DirectoryNotFoundException($"{VaultPath}: no such folder.");
            vault = incremental is null
                ? VaultReader.Read(VaultPath, ReaderOptions(options), cancellationToken)
                : incremental.Read(changed, cancellationToken);
            conversion = VaultConverter.Convert(vault, options);
            foreach (var d in conversion.Diagnostics)
                if (d.Severity >= DiagnosticSeverity.Warning) warning?.Invoke(d);
            foreach (var quad in conversion.Quads) load.Add(quad);
        }
        foreach (var file in Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var format = RdfFormat.FromPath(file) ?? throw new NotSupportedException($"Cannot tell the syntax of '{file}' from its extension.");
            if (!File.Exists(file)) throw new FileNotFoundException($"{file}: no such file.", file);
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
            var readerOptions = new RdfReaderOptions { BaseIri = BaseIri ?? new Uri(Path.GetFullPath(file)).AbsoluteUri, FileName = file };
            RdfSyntaxes.CreateReader(format).Read(stream, new LoadSink(load), readerOptions);
        }
        load.Commit();
        return new DatasetSnapshot(store, EffectiveBase(options), vault, conversion, DateTimeOffset.UtcNow, 1);
    }

    private static VaultReaderOptions ReaderOptions(MappingOptions options)
    {
        var reader = options.ReaderOptions ?? VaultReaderOptions.Default;
        return reader.SiteTitles.Count == 0 && options.Configuration.SiteTitles.Count > 0
            ? reader with { SiteTitles = options.Configuration.SiteTitles }
            : reader;
    }

    private static string EffectiveBase(MappingOptions options)
    {
        var b = string.IsNullOrWhiteSpace(options.BaseIri) ? options.Configuration.BaseIri : options.BaseIri.Trim();
        return b.EndsWith('/') || b.EndsWith('#') ? b : b + "/";
    }

    private sealed class LoadSink(BulkLoad load) : IQuadSink
    {
        public void OnQuad(in Quad quad) => load.Add(quad);
    }
}
