using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary><c>link(iri)</c>: one edge with this predicate.</summary>
public sealed record PathLink(Iri Predicate) : PropertyPath;
