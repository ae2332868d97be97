namespace Graph.Sparql.Algebra;

/// <summary><c>seq(p1, p2)</c> / <c>p1/p2</c>.</summary>
public sealed record PathSequence(PropertyPath Left, PropertyPath Right) : PropertyPath;
