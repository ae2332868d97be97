namespace Graph.Sparql.Algebra;

/// <summary><c>OneOrMorePath(p)</c> / <c>p+</c>: distinct nodes reachable by one or more steps.</summary>
public sealed record PathOneOrMore(PropertyPath Path) : PropertyPath;
