namespace Graph.Sparql.Algebra;

/// <summary>
/// A property path pattern <c>Path(subject, path, object)</c> (SPARQL 1.1 §18.1.7, §18.2.2.4) for paths that are not
/// reduced to triple patterns by the translation (everything but links, inverse links and sequences of them).
/// </summary>
public sealed record PathPattern(PatternNode Subject, PropertyPath Path, PatternNode Object) : Op
{
    public override IReadOnlyList<Op> Children => [];

    public override Op WithChildren(IReadOnlyList<Op> children) => this;
}
