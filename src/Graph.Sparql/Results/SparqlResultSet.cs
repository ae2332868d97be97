using Graph.Core.Terms;

namespace Graph.Sparql.Results;

/// <summary>
/// A SPARQL query result: for SELECT, the variables (names without <c>?</c>) and the rows, each holding one term per
/// variable (null = unbound); for ASK, <see cref="Boolean"/>. (SPARQL 1.1 Query Results JSON/XML/CSV-TSV formats.)
/// </summary>
public sealed record SparqlResultSet(IReadOnlyList<string> Variables, IReadOnlyList<Term?[]> Rows, bool? Boolean = null)
{
    public static SparqlResultSet FromBoolean(bool value) => new([], [], value);

    public bool IsBoolean => Boolean.HasValue;
}
