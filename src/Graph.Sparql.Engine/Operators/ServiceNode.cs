using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Operators;

/// <summary>
/// <c>Service(endpoint, P, silent)</c>: this in-memory engine has no HTTP client, so a SERVICE fails the query, or
/// with SILENT contributes the single empty solution (SPARQL 1.1 Federated Query §4).
/// </summary>
internal sealed class ServiceNode(string endpoint, bool silent) : PlanNode
{
    public override IReadOnlySet<int> Binds => new HashSet<int>();

    public override bool SeedTransparent => false;

    public override IEnumerable<int[]> Evaluate(int[] seed, ActiveGraph graph, EvalContext ctx)
    {
        if (!silent) throw new QueryEvaluationException($"SERVICE <{endpoint}> cannot be reached: remote endpoints are not supported by the local engine.");
        yield return seed;
    }

    public override string Describe() => $"(service <{endpoint}>)";
}
