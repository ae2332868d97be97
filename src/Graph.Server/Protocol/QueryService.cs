using System.Collections.Concurrent;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine;
using Graph.Sparql.Engine.Planning;
using Graph.Sparql.Optimization;
using Graph.Sparql.Syntax;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Protocol;

/// <summary>
/// Parses and runs queries for the endpoint: a bounded cache of parsed and optimised queries (the same query text is
/// parsed once, and optimised once per snapshot),
/// guards against texts that would exhaust the recursive parser, and a bounded number of queries evaluating at once
/// with a bounded queue behind them (503 past it), each under the server's timeout.
/// </summary>
internal sealed class QueryService(ServerOptions options)
{
    private const int CacheCapacity = 1024;

    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentQueries, options.MaxConcurrentQueries);
    private readonly ConcurrentDictionary<string, Prepared> _prepared = new(StringComparer.Ordinal);
    private int _waiting;
    private int _running;

    /// <summary>Queries evaluating now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>
    /// The query for <paramref name="text"/>, already optimised for <paramref name="snapshot"/> (join order follows the
    /// store's statistics, so a plan is kept per snapshot generation). Syntax errors throw
    /// <see cref="Graph.Core.Diagnostics.RdfSyntaxException"/>.
    /// </summary>
    public Query Prepare(string text, DatasetSnapshot snapshot)
    {
        if (_prepared.TryGetValue(text, out var cached) && cached.BaseIri == snapshot.BaseIri)
        {
            if (cached.Generation == snapshot.Generation) return cached.Optimized;
            return Store(text, cached.Parsed, snapshot).Optimized;
        }
        Check(text);
        Query parsed;
        try
        {
            parsed = SparqlParser.ParseQuery(text, new SparqlParseOptions { BaseIri = snapshot.BaseIri, File = "query" });
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ProtocolException(StatusCodes.Status400BadRequest, "The query is nested too deeply.");
        }
        return Store(text, parsed, snapshot).Optimized;
    }

    private Prepared Store(string text, Query parsed, DatasetSnapshot snapshot)
    {
        var optimized = new Optimizer(new StoreCardinalityEstimator(snapshot.Store)).Optimize(parsed);
        var prepared = new Prepared(parsed, snapshot.BaseIri, snapshot.Generation, optimized);
        // A full cache is emptied rather than evicted entry by entry: cheap, and a working set of hot queries refills it at once.
        if (_prepared.Count >= CacheCapacity) _prepared.Clear();
        _prepared[text] = prepared;
        return prepared;
    }

    private sealed record Prepared(Query Parsed, string BaseIri, long Generation, Query Optimized);

    /// <summary>Size and nesting limits, checked before parsing.</summary>
    public void Check(string text)
    {
        if (text.Length > options.MaxQueryBytes || System.Text.Encoding.UTF8.GetByteCount(text) > options.MaxQueryBytes)
            throw new ProtocolException(StatusCodes.Status413PayloadTooLarge, $"The query is longer than the server's limit of {options.MaxQueryBytes} bytes.");
        if (NestingDepth(text) > options.MaxQueryNesting)
            throw new ProtocolException(StatusCodes.Status400BadRequest, $"The query nests brackets deeper than the server's limit of {options.MaxQueryNesting} levels.");
    }

    /// <summary>Deepest nesting of ( [ { outside string literals and comments (an upper bound of the parser's recursion).</summary>
    internal static int NestingDepth(ReadOnlySpan<char> text)
    {
        int depth = 0, max = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '(' or '[' or '{':
                    if (++depth > max) max = depth;
                    break;
                case ')' or ']' or '}':
                    if (depth > 0) depth--;
                    break;
                case '"' or '\'':
                    i = SkipString(text, i);
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    while (i < text.Length && text[i] != '\n') i++;
                    break;
            }
        }
        return max;
    }

    private static int SkipString(ReadOnlySpan<char> text, int start)
    {
        var quote = text[start];
        var triple = start + 2 < text.Length && text[start + 1] == quote && text[start + 2] == quote;
        var i = start + (triple ? 3 : 1);
        for (; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] != quote) continue;
            if (!triple) return i;
            if (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote) return i + 2;
        }
        return text.Length;
    }

    /// <summary>
    /// Runs <paramref name="query"/> over <paramref name="snapshot"/> once a slot is free. Throws 503 when the queue is
    /// full or the wait outlasts the timeout, <see cref="QueryTimeoutException"/> when evaluation does.
    /// </summary>
    public async ValueTask<QueryResult> ExecuteAsync(Query query, DatasetSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (!_slots.Wait(0))
        {
            if (Interlocked.Increment(ref _waiting) > options.MaxQueuedQueries)
            {
                Interlocked.Decrement(ref _waiting);
                throw Overloaded();
            }
            try
            {
                var wait = options.QueryTimeout ?? Timeout.InfiniteTimeSpan;
                if (!await _slots.WaitAsync(wait, cancellationToken).ConfigureAwait(false)) throw Overloaded();
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
        Interlocked.Increment(ref _running);
        try
        {
            return QueryEngine.Execute(query, snapshot.Store, new QueryOptions
            {
                Timeout = options.QueryTimeout,
                // Prepare already ran the optimiser for this snapshot.
                Optimize = false,
                MaxResults = options.MaxResults,
                CancellationToken = cancellationToken,
                ServiceClient = options.ServiceClient,
            });
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _slots.Release();
        }
    }

    private static ProtocolException Overloaded() =>
        new(StatusCodes.Status503ServiceUnavailable, "Too many queries are running; try again shortly.");
}
