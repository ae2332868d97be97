using Graph.Mapping;
using Graph.Store;
using Graph.Vault.Model;

namespace Graph.Server;

/// <summary>
/// One immutable state of the served data: the store, the base IRI of the resources it describes, the vault model
/// and conversion result when it came from a vault, and when it was loaded. Routes read
/// <see cref="DatasetHolder.Current"/> once per request and use only that snapshot, so a reload never changes the data
/// under a running request.
/// </summary>
/// <param name="Store">The quads; never mutated once published.</param>
/// <param name="BaseIri">Base of the minted IRIs (<c>--base</c>, or the mapping configuration's), ending in '/' or '#'.</param>
/// <param name="Vault">The note model when the data was converted from a vault; else null.</param>
/// <param name="Conversion">The conversion result (quads, diagnostics, dataset IRI) when converted from a vault; else null.</param>
/// <param name="LoadedAt">When loading finished (UTC).</param>
/// <param name="Generation">1 for the first load, +1 at each reload (usable in ETags and caches).</param>
public sealed record DatasetSnapshot(
    QuadStore Store,
    string BaseIri,
    VaultModel? Vault,
    ConversionResult? Conversion,
    DateTimeOffset LoadedAt,
    long Generation)
{
    /// <summary>
    /// Named graphs that exist without holding a quad (made by <c>CREATE GRAPH</c> or an empty Graph Store PUT), in IRI
    /// order; a <see cref="QuadStore"/> only knows graphs with quads. Kept across writes, never persisted.
    /// </summary>
    public IReadOnlyList<Graph.Core.Terms.Iri> EmptyGraphs { get; init; } = [];
}
