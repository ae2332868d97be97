using Graph.Core.Terms;

namespace Graph.Sparql.Algebra;

/// <summary>The target of CLEAR / DROP / CREATE and of ADD / MOVE / COPY: DEFAULT, NAMED, ALL, or one graph.</summary>
public sealed record GraphTarget(GraphTargetKind Kind, Iri? Graph = null)
{
    public static readonly GraphTarget Default = new(GraphTargetKind.Default);
    public static readonly GraphTarget Named = new(GraphTargetKind.Named);
    public static readonly GraphTarget All = new(GraphTargetKind.All);
}
