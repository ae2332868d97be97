namespace Graph.Sparql.Engine;

/// <summary>
/// An update operation that fails (SPARQL 1.1 Update §3: e.g. CREATE of an existing graph, DROP / COPY of a missing
/// one, LOAD of an unreadable document, without SILENT). The whole request is then undone.
/// </summary>
public sealed class UpdateEvaluationException(string message, Exception? inner = null) : Exception(message, inner);
