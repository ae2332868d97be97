using Graph.Core.Terms;

namespace Graph.Shacl.Paths;

/// <summary>
/// A SHACL property path (https://www.w3.org/TR/shacl/#property-paths): the values a focus node reaches.
/// </summary>
public abstract record ShapePath
{
    /// <summary>The value nodes reached from <paramref name="focus"/>, distinct, in a deterministic order.</summary>
    internal abstract IEnumerable<Term> Evaluate(DataGraph data, Term focus);

    /// <summary>The path in SPARQL property-path syntax (<c>^&lt;p&gt;</c>, <c>&lt;p&gt;/&lt;q&gt;</c>…).</summary>
    public abstract override string ToString();
}
