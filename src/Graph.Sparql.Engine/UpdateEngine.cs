using System.Diagnostics;
using Graph.Core.Terms;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine.Update;

namespace Graph.Sparql.Engine;

/// <summary>
/// Runs a SPARQL 1.1 Update request (https://www.w3.org/TR/sparql11-update/) against a <see cref="GraphStore"/>: the
/// operations in order, each seeing the changes of those before it, and the request as a whole atomic — when an
/// operation fails (or the request is cancelled or times out), every change is undone and the exception propagates.
/// </summary>
public static partial class UpdateEngine
{
    public static UpdateResult Execute(UpdateRequest request, GraphStore target, UpdateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        options ??= new UpdateOptions();
        if (options.Now is null) options = options with { Now = DateTimeOffset.UtcNow };
        var clock = Stopwatch.StartNew();
        var tx = new UpdateTransaction(target);
        try
        {
            foreach (var operation in request.Operations)
            {
                options.CancellationToken.ThrowIfCancellationRequested();
                var remaining = options.Timeout - clock.Elapsed;
                if (remaining is { } r && r <= TimeSpan.Zero) throw new QueryTimeoutException(options.Timeout!.Value);
                var dropped = Apply(operation, tx, options, remaining, request);
                tx.EndOperation(dropped);
            }
        }
        catch
        {
            tx.Rollback();
            throw;
        }
        return new UpdateResult(tx.Inserted, tx.Deleted, request.Operations.Count);
    }

    /// <summary>Applies one operation; returns the named graphs it dropped (they stop existing).</summary>
    private static IReadOnlySet<Iri> Apply(UpdateOperation operation, UpdateTransaction tx, UpdateOptions options, TimeSpan? timeout, UpdateRequest request)
    {
        switch (operation)
        {
            case InsertData d:
                InsertData(d, tx);
                return NoGraphs;
            case DeleteData d:
                foreach (var q in d.Quads)
                    if (Ground(q) is { } quad) tx.Delete(quad);
                return NoGraphs;
            case Modify m:
                Modify(m, tx, options, timeout, request);
                return NoGraphs;
            case Load l:
                Load(l, tx, options);
                return NoGraphs;
            case GraphManagement g:
                return Manage(g, tx);
            case GraphTransfer t:
                return Transfer(t, tx);
            default:
                throw new UnreachableException(operation.GetType().Name);
        }
    }

    private static readonly IReadOnlySet<Iri> NoGraphs = new HashSet<Iri>();

    /// <summary>INSERT DATA (§3.1.1): blank nodes are fresh, one per label across the operation.</summary>
    private static void InsertData(InsertData d, UpdateTransaction tx)
    {
        var blanks = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        foreach (var q in d.Quads)
        {
            Term Node(PatternNode n) => n.AsTerm is BlankNode b ? FreshBlank(b, blanks, tx) : n.AsTerm!;
            tx.Insert(new Quad(Node(q.Subject), Node(q.Predicate), Node(q.Object), q.Graph is null ? null : Node(q.Graph)));
        }
    }

    private static Quad? Ground(QuadPattern q) =>
        q.Subject.AsTerm is { } s && q.Predicate.AsTerm is { } p && q.Object.AsTerm is { } o
            ? new Quad(s, p, o, q.Graph?.AsTerm)
            : null;

    /// <summary>A blank node for a template label, fresh for this solution and unused by the store.</summary>
    private static BlankNode FreshBlank(BlankNode label, Dictionary<string, BlankNode> blanks, UpdateTransaction tx)
    {
        if (blanks.TryGetValue(label.Label, out var fresh)) return fresh;
        do fresh = BlankNode.Fresh();
        while (tx.Store.Dictionary.TryGetId(fresh, out _));
        return blanks[label.Label] = fresh;
    }

    /// <summary>LOAD (§3.1.4): the document's triples into the default graph or the INTO graph.</summary>
    private static void Load(Load l, UpdateTransaction tx, UpdateOptions options)
    {
        List<Quad> quads;
        try
        {
            if (options.Loader is null) throw new UpdateEvaluationException("LOAD is not available here (no document loader).");
            quads = [.. options.Loader(l.Source, options.CancellationToken)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (l.Silent) return;
            throw e as UpdateEvaluationException ?? new UpdateEvaluationException($"LOAD <{l.Source.Value}> failed: {e.Message}", e);
        }
        foreach (var q in quads) tx.Insert(new Quad(q.Subject, q.Predicate, q.Object, l.Into));
        if (l.Into is { } into) tx.Target.Declare(into);
    }
}
