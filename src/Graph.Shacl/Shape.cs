using Graph.Core.Terms;
using Graph.Shacl.Constraints;
using Graph.Shacl.Paths;

namespace Graph.Shacl;

/// <summary>
/// A node shape (no <see cref="Path"/>) or a property shape: its targets, its constraints, the property shapes it
/// holds, its severity and messages (https://www.w3.org/TR/shacl/#shapes).
/// </summary>
internal sealed record Shape(
    Term Id,
    ShapePath? Path,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<Constraint> Constraints,
    IReadOnlyList<Shape> Properties,
    Iri Severity,
    IReadOnlyList<string> Messages,
    bool Deactivated);

/// <summary>How a shape selects its focus nodes (https://www.w3.org/TR/shacl/#targets).</summary>
internal enum TargetKind
{
    Node,
    Class,
    SubjectsOf,
    ObjectsOf,
}

internal readonly record struct Target(TargetKind Kind, Term Term)
{
    public IEnumerable<Term> FocusNodes(DataGraph data) => Kind switch
    {
        TargetKind.Node => [Term],
        TargetKind.Class => data.InstancesOf(Term),
        TargetKind.SubjectsOf => data.SubjectsOf(Term),
        TargetKind.ObjectsOf => data.ObjectsOf(Term),
        _ => throw new System.Diagnostics.UnreachableException(Kind.ToString()),
    };
}
