using Graph.Core.Diagnostics;
using Graph.Core.Terms;

namespace Graph.Mapping;

/// <summary>The graph made from a vault, with every diagnostic (reading and mapping, sorted) and the summary counts.</summary>
/// <param name="Quads">The statements, in the default graph or per note (<see cref="MappingOptions.Graphs"/>), in a deterministic order.</param>
/// <param name="Diagnostics">Warnings of the vault reader and of the mapping, sorted by file, line, column, code.</param>
/// <param name="Summary">Counts for the command's summary.</param>
/// <param name="DatasetIri">The node describing the dataset (<c>{base}dataset</c>).</param>
public sealed record ConversionResult(
    IReadOnlyList<Quad> Quads,
    IReadOnlyList<Diagnostic> Diagnostics,
    ConversionSummary Summary,
    Iri DatasetIri);
