using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>
/// <c>NPS(set)</c> / <c>!(a|^b)</c>: one edge whose predicate is not in <see cref="Forward"/> (traversed forwards), or,
/// for <see cref="Inverse"/>, an inverse edge not in that set. Per §18.2.2.4 a set with both parts is the alternative of the two.
/// </summary>
public sealed record PathNegatedPropertySet(IReadOnlyList<Iri> Forward, IReadOnlyList<Iri> Inverse) : PropertyPath;
