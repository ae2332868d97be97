namespace Graph.Sparql.Algebra;

/// <summary><c>ZeroOrMorePath(p)</c> / <c>p*</c>: distinct nodes reachable by zero or more steps (§18.4 ALP).</summary>
public sealed record PathZeroOrMore(PropertyPath Path) : PropertyPath;
