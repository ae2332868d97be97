namespace Graph.Sparql.Algebra;

/// <summary>A triple pattern in a graph (<see cref="Graph"/> null = the default graph), as in update templates and quad data.</summary>
public sealed record QuadPattern(PatternNode Subject, PatternNode Predicate, PatternNode Object, PatternNode? Graph);
