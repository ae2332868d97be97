namespace Graph.Shacl;

/// <summary>A shapes graph that is not well-formed SHACL (https://www.w3.org/TR/shacl/#shapes-graph-wellformed).</summary>
public sealed class ShaclException(string message) : Exception(message);
