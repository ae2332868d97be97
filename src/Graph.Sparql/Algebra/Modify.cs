using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>
/// <c>[WITH iri] DELETE {…} INSERT {…} [USING …] WHERE {…}</c> and <c>DELETE WHERE {…}</c> (SPARQL 1.1 Update §3.1.3).
/// <see cref="With"/> is the graph unqualified templates and the pattern apply to; <see cref="Using"/> is the dataset of
/// the WHERE clause (null when no USING was given).
/// </summary>
public sealed record Modify(
    Iri? With,
    IReadOnlyList<QuadPattern> Delete,
    IReadOnlyList<QuadPattern> Insert,
    Dataset? Using,
    Op Pattern) : UpdateOperation;
