using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Publishing.Push;

/// <summary>
/// SPARQL 1.1 Update (https://www.w3.org/TR/sparql11-update/) when the store has no Graph Store endpoint. A graph that
/// fits in one batch goes in one request, <c>DROP SILENT GRAPH g; INSERT DATA { GRAPH g {…} }</c>; a larger one is
/// loaded into a staging graph in batches of <see cref="PushOptions.Batch"/> triples and then swapped in by one
/// request, <c>MOVE GRAPH staging TO GRAPH g</c>. Either way the graph changes in a single request, which SPARQL 1.1
/// Update asks services to run atomically, so it is old or new, never half. A graph with blank nodes is sent in one
/// request (a label means the same node only within a request).
/// </summary>
internal sealed class SparqlUpdateTransport(HttpSender sender, Uri endpoint, int batch) : IGraphTransport
{
    public async Task ReplaceAsync(PublishedGraph graph, CancellationToken cancellationToken)
    {
        var target = Target(graph.Key);
        if (graph.Lines.Count <= batch || HasBlankNodes(graph))
        {
            var name = graph.Key == PublishedGraph.DefaultKey ? null : graph.Key;
            await PostAsync(Request($"DROP SILENT {target} ;\n", name, graph.Lines, 0, graph.Lines.Count), cancellationToken).ConfigureAwait(false);
            return;
        }
        var staging = StagingGraph(graph.Key);
        await PostAsync(Encoding.UTF8.GetBytes($"DROP SILENT GRAPH <{staging}>"), cancellationToken).ConfigureAwait(false);
        for (var at = 0; at < graph.Lines.Count; at += batch)
        {
            var count = Math.Min(batch, graph.Lines.Count - at);
            await PostAsync(Request("", staging, graph.Lines, at, count), cancellationToken).ConfigureAwait(false);
        }
        await PostAsync(Encoding.UTF8.GetBytes($"MOVE GRAPH <{staging}> TO {target}"), cancellationToken).ConfigureAwait(false);
    }

    public Task DropAsync(string key, CancellationToken cancellationToken) =>
        PostAsync(Encoding.UTF8.GetBytes($"DROP SILENT {Target(key)}"), cancellationToken);

    /// <summary>A graph name of our own per target graph, so concurrent pushes of different graphs never share one.</summary>
    internal static string StagingGraph(string key) =>
        "urn:graph-push:staging:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];

    private static string Target(string key) => key == PublishedGraph.DefaultKey ? "DEFAULT" : $"GRAPH <{key}>";

    // INSERT DATA { GRAPH <g> { … } }, or INSERT DATA { … } for the default graph.
    private static byte[] Request(string prefix, string? graph, IReadOnlyList<byte[]> lines, int from, int count)
    {
        var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(prefix + (graph is null ? "INSERT DATA {\n" : $"INSERT DATA {{ GRAPH <{graph}> {{\n")));
        for (var i = from; i < from + count; i++) stream.Write(lines[i]);
        stream.Write(Encoding.UTF8.GetBytes(graph is null ? "}" : "} }"));
        return stream.ToArray();
    }

    private static bool HasBlankNodes(PublishedGraph graph)
    {
        foreach (var line in graph.Lines)
            if (line.AsSpan().StartsWith("_:"u8) || line.AsSpan().IndexOf(" _:"u8) >= 0) return true;
        return false;
    }

    private Task PostAsync(byte[] update, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(update);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/sparql-update") { CharSet = "utf-8" };
        return sender.SendAsync(new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content }, cancellationToken);
    }
}
