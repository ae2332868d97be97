namespace Graph.Shacl;

/// <summary>The outcome of validating a data graph against a shapes graph (https://www.w3.org/TR/shacl/#validation-report).</summary>
/// <param name="Results">Every result, ordered by focus node, path, component.</param>
public sealed record ValidationReport(IReadOnlyList<ValidationResult> Results)
{
    /// <summary>True when no result has severity <c>sh:Violation</c>… or any severity at all: SHACL says a graph
    /// conforms when there are no results.</summary>
    public bool Conforms => Results.Count == 0;

    public override string ToString() =>
        Conforms ? "Conforms." : $"{Results.Count} result(s):\n" + string.Join("\n", Results.Select(r => "  " + r));
}
