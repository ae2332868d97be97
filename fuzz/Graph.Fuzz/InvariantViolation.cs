namespace Graph.Fuzz;

/// <summary>An input broke one of a fuzz target's invariants (the message says which); the inner exception, if any, is what escaped.</summary>
public sealed class InvariantViolation(string message, Exception? inner = null) : Exception(message, inner);
