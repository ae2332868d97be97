using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>A parsed query before translation: its form, dataset, the SELECT-shaped body, and the form-specific parts.</summary>
internal sealed record QuerySyntax(
    QueryForm Form,
    SelectSyntax Body,
    Dataset? Dataset,
    IReadOnlyList<TriplePattern> Template,
    IReadOnlyList<PatternNode>? DescribeTargets,
    string? BaseIri,
    IReadOnlyDictionary<string, string> Prefixes);
