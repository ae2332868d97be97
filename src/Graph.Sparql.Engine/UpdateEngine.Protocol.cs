using Graph.Core.Terms;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Engine;

public static partial class UpdateEngine
{
    /// <summary>
    /// The request with the dataset of the protocol's <c>using-graph-uri</c> / <c>using-named-graph-uri</c> parameters
    /// applied as a <c>USING</c> / <c>USING NAMED</c> clause of every operation (SPARQL 1.1 Protocol §2.2.3). With no
    /// parameters, the request unchanged. A request that has USING, USING NAMED or WITH of its own cannot take them:
    /// <see cref="UpdateEvaluationException"/> (a server answers 400).
    /// </summary>
    public static UpdateRequest WithProtocolDataset(UpdateRequest request, IReadOnlyList<Iri> usingGraphs, IReadOnlyList<Iri> usingNamedGraphs)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (usingGraphs.Count == 0 && usingNamedGraphs.Count == 0) return request;
        if (request.Operations.OfType<Modify>().Any(m => m.Using is not null || m.With is not null))
            throw new UpdateEvaluationException("using-graph-uri / using-named-graph-uri cannot be combined with an update that has USING, USING NAMED or WITH.");
        var dataset = new Dataset(usingGraphs, usingNamedGraphs);
        var operations = request.Operations.Select(op => op is Modify m ? m with { Using = dataset } : op).ToList();
        return request with { Operations = operations };
    }
}
