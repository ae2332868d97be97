using Graph.Core.Terms;
using Graph.Shacl.Paths;

namespace Graph.Shacl;

/// <summary>
/// One result of a validation report (https://www.w3.org/TR/shacl/#results-validation-result): the focus node, the
/// path (for property shapes), the offending value when there is one, the constraint component, the shape, the severity
/// and a message (the shape's <c>sh:message</c> when it has one, else the validator's own).
/// </summary>
public sealed record ValidationResult(
    Term FocusNode,
    ShapePath? Path,
    Term? Value,
    Iri SourceConstraintComponent,
    Term SourceShape,
    Iri Severity,
    string Message)
{
    public override string ToString()
    {
        var component = SourceConstraintComponent.Value[(SourceConstraintComponent.Value.LastIndexOf('#') + 1)..];
        var path = Path is null ? "" : " " + Path;
        return $"{FocusNode}{path}: {Message} [{component}]";
    }
}
