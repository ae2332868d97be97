using Graph.Core.Terms;
using Graph.Shacl.Paths;

namespace Graph.Shacl;

/// <summary>
/// A SHACL Core validator over a list of quads (https://www.w3.org/TR/shacl/#validation): for each shape, its focus
/// nodes; for each focus node, the value nodes of the shape's path; each constraint component checks them.
/// Graph names are ignored. Supported components: see <see cref="ShapesGraph"/>.
/// <code>
/// var report = ShaclValidator.Validate(quads, ShapesGraph.FromQuads(shapeQuads));
/// if (!report.Conforms) Console.WriteLine(report);
/// </code>
/// </summary>
public static class ShaclValidator
{
    public static ValidationReport Validate(IEnumerable<Quad> data, ShapesGraph shapes, CancellationToken cancellationToken = default)
    {
        var graph = new DataGraph(data);
        var results = new List<ValidationResult>();
        foreach (var shape in shapes.Shapes)
        {
            if (shape.Deactivated) continue;
            var focusNodes = shape.Targets.SelectMany(t => t.FocusNodes(graph)).Distinct().ToList();
            foreach (var focus in focusNodes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ValidateShape(graph, shape, focus, results);
            }
        }
        results.Sort(static (a, b) =>
        {
            var c = TermComparer.Instance.Compare(a.FocusNode, b.FocusNode);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Path?.ToString(), b.Path?.ToString());
            if (c != 0) return c;
            c = string.CompareOrdinal(a.SourceConstraintComponent.Value, b.SourceConstraintComponent.Value);
            return c != 0 ? c : TermComparer.Instance.Compare(a.Value, b.Value);
        });
        return new ValidationReport(results);
    }

    private static void ValidateShape(DataGraph graph, Shape shape, Term focus, List<ValidationResult> results)
    {
        if (shape.Deactivated) return;
        IReadOnlyList<Term> values = shape.Path is null ? [focus] : shape.Path.Evaluate(graph, focus).ToList();
        foreach (var constraint in shape.Constraints)
        {
            foreach (var v in constraint.Check(graph, focus, values))
            {
                var message = shape.Messages.Count > 0 ? shape.Messages[0] + " (" + v.Message + ")" : v.Message;
                results.Add(new ValidationResult(focus, shape.Path, v.Value, ShaclTerms.Component(constraint.Component), shape.Id, shape.Severity, message));
            }
        }
        // Property shapes of a property shape apply to its value nodes; of a node shape, to the focus node itself.
        foreach (var property in shape.Properties)
            foreach (var v in values)
                ValidateShape(graph, property, v, results);
    }
}
