namespace Graph.Sparql.Algebra;

/// <summary><c>ZeroOrOnePath(p)</c> / <c>p?</c>: the node itself and the nodes one step away, without duplicates.</summary>
public sealed record PathZeroOrOne(PropertyPath Path) : PropertyPath;
