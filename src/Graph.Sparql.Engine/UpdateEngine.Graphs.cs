using System.Diagnostics;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Update;
using Graph.Store;

namespace Graph.Sparql.Engine;

public static partial class UpdateEngine
{
    /// <summary>
    /// CLEAR (§3.1.5) empties graphs, which go on existing; DROP (§3.2.2) removes them; CREATE (§3.2.1) makes an empty
    /// one. CLEAR / DROP of a graph that does not exist, and CREATE of one that does, fail unless SILENT.
    /// </summary>
    private static IReadOnlySet<Iri> Manage(GraphManagement op, UpdateTransaction tx)
    {
        var target = op.Target;
        if (target.Kind == GraphTargetKind.Graph)
        {
            var graph = target.Graph!;
            var exists = tx.Target.Contains(graph);
            if (op.Kind == GraphManagementKind.Create)
            {
                if (exists) return op.Silent ? NoGraphs : throw new UpdateEvaluationException($"CREATE GRAPH <{graph.Value}>: the graph already exists.");
                tx.Target.Declare(graph);
                return NoGraphs;
            }
            if (!exists)
                return op.Silent ? NoGraphs : throw new UpdateEvaluationException($"{op.Kind.ToString().ToUpperInvariant()} GRAPH <{graph.Value}>: no such graph.");
            Empty(tx, tx.GraphId(graph));
            if (op.Kind == GraphManagementKind.Clear) return NoGraphs;
            tx.Target.Undeclare(graph);
            return new HashSet<Iri> { graph };
        }

        var dropped = new HashSet<Iri>();
        if (target.Kind is GraphTargetKind.Default or GraphTargetKind.All) Empty(tx, TermId.DefaultGraph);
        if (target.Kind is GraphTargetKind.Named or GraphTargetKind.All)
        {
            foreach (var graph in tx.Target.NamedGraphs)
            {
                Empty(tx, tx.GraphId(graph));
                if (op.Kind != GraphManagementKind.Drop) continue;
                tx.Target.Undeclare(graph);
                dropped.Add(graph);
            }
        }
        return op.Kind switch
        {
            GraphManagementKind.Clear or GraphManagementKind.Drop => dropped,
            _ => throw new UnreachableException($"{op.Kind} {target.Kind}"),
        };
    }

    /// <summary>
    /// ADD, COPY, MOVE (§3.2.3–3.2.5): the source graph's triples into the destination (which COPY and MOVE empty
    /// first); MOVE then drops the source. The same graph on both sides does nothing; a missing source fails unless SILENT.
    /// </summary>
    private static IReadOnlySet<Iri> Transfer(GraphTransfer op, UpdateTransaction tx)
    {
        var from = op.From.Kind == GraphTargetKind.Default ? null : op.From.Graph;
        var to = op.To.Kind == GraphTargetKind.Default ? null : op.To.Graph;
        if (Equals(from, to)) return NoGraphs;
        if (from is not null && !tx.Target.Contains(from))
            return op.Silent ? NoGraphs : throw new UpdateEvaluationException($"{op.Kind.ToString().ToUpperInvariant()}: no such graph <{from.Value}>.");

        var source = tx.QuadsOf(tx.GraphId(from));
        if (op.Kind != GraphTransferKind.Add) Empty(tx, tx.GraphId(to));
        var destination = tx.EncodeGraph(to);
        foreach (var q in source) tx.Insert(q with { Graph = destination });
        if (to is not null && source.Length == 0) tx.Target.Declare(to);

        if (op.Kind != GraphTransferKind.Move) return NoGraphs;
        Empty(tx, tx.GraphId(from));
        if (from is null) return NoGraphs;
        tx.Target.Undeclare(from);
        return new HashSet<Iri> { from };
    }

    private static void Empty(UpdateTransaction tx, int graph)
    {
        if (graph == TermId.Unknown) return;
        foreach (var q in tx.QuadsOf(graph)) tx.Delete(q);
    }
}
