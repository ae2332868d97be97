namespace Graph.Sparql.Algebra;

/// <summary><c>alt(p1, p2)</c> / <c>p1|p2</c>.</summary>
public sealed record PathAlternative(PropertyPath Left, PropertyPath Right) : PropertyPath;
