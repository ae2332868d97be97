using System.Text;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Optimization;

/// <summary>What the optimiser did: the algebra before, after each pass, and at the end.</summary>
public sealed record OptimizationReport(Op Before, IReadOnlyList<OptimizationStep> Steps, Op After)
{
    /// <summary>Text for <c>--explain</c>: the tree before, the passes that changed something, the tree after.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append("before: ").Append(Before.ToSse()).Append('\n');
        foreach (var s in Steps.Where(s => s.Changed)) sb.Append(s.Pass).Append(": ").Append(s.Result.ToSse()).Append('\n');
        sb.Append("after: ").Append(After.ToSse()).Append('\n');
        return sb.ToString();
    }
}
