namespace Graph.Sparql.Algebra;

/// <summary><c>inv(path)</c> / <c>^path</c>: the path traversed from object to subject.</summary>
public sealed record PathInverse(PropertyPath Path) : PropertyPath;
