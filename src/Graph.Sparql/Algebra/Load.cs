using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary><c>LOAD [SILENT] iri [INTO GRAPH iri]</c> (SPARQL 1.1 Update §3.1.4).</summary>
public sealed record Load(Iri Source, Iri? Into, bool Silent) : UpdateOperation;
