using Graph.Core.Terms;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Engine;

/// <summary>
/// The result of a query: for SELECT the variables and rows (a null cell is unbound), for ASK the boolean, for
/// CONSTRUCT and DESCRIBE the statements (a set, in a deterministic order).
/// </summary>
public sealed record QueryResult(
    QueryForm Form,
    IReadOnlyList<string> Variables,
    IReadOnlyList<Term?[]> Rows,
    bool Boolean,
    IReadOnlyList<Quad> Triples);
