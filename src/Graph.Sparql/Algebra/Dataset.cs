using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>The RDF dataset of a query from FROM / FROM NAMED (SPARQL 1.1 §13.2): graphs merged into the default graph, and the named graphs.</summary>
public sealed record Dataset(IReadOnlyList<Iri> Default, IReadOnlyList<Iri> Named);
