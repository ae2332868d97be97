namespace Graph.Sparql.Engine;

/// <summary>A query that parses but cannot be evaluated here (e.g. SERVICE to an endpoint this engine cannot reach).</summary>
public sealed class QueryEvaluationException(string message) : Exception(message);
