using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>The statements of one graph (the default graph when <see cref="Name"/> is null), grouped by subject.</summary>
internal sealed class GraphBlock(Term? name)
{
    public Term? Name { get; } = name;

    public Dictionary<Term, SubjectEntry> Subjects { get; } = [];

    /// <summary>The subjects written at top level, sorted (set by <see cref="TurtleLayout"/>).</summary>
    public List<SubjectEntry> Roots { get; set; } = [];
}
