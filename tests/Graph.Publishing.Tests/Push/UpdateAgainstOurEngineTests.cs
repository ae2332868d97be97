using System.Net;
using Graph.Core.Terms;
using Graph.Publishing.Push;
using Graph.Sparql.Engine;
using Graph.Sparql.Syntax;
using static Graph.Publishing.Tests.Push.Datasets;

namespace Graph.Publishing.Tests.Push;

/// <summary>
/// The SPARQL Update requests a push sends, parsed and applied by our own <see cref="UpdateEngine"/>: they are valid
/// SPARQL 1.1 Update, and after a push the store holds exactly the dataset (named and default graphs, no staging graph).
/// </summary>
public sealed class UpdateAgainstOurEngineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PushedUpdatesLeaveTheStoreHoldingExactlyTheDataset()
    {
        var target = new GraphStore();
        var handler = new RecordingHandler((r, _) =>
        {
            UpdateEngine.Execute(SparqlParser.ParseUpdate(r.Body), target);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var state = TempState();
        var options = new PushOptions { Endpoint = new Uri("http://store.test/update"), Batch = 2 };
        using var publisher = new Publisher(options, handler);

        var v1 = Three().Concat(PublishedGraph.FromDataset(Enumerable.Range(0, 5).Select(i => Q("d" + i, "default " + i, null)))).ToList();
        Assert.True((await publisher.PushAsync(v1, state, null, Ct)).Succeeded);
        AssertHolds(target, v1);

        var v2 = Three(cText: "v2-").Where(g => g.Key != "http://ex.org/a").Concat(PublishedGraph.FromDataset([Q("d", "one default", null)])).ToList();
        var report = await publisher.PushAsync(v2, state, null, Ct);
        Assert.True(report.Succeeded, report.Error);
        Assert.Equal([PublishedGraph.DefaultKey, "http://ex.org/c"], report.Sent);
        Assert.Equal(["http://ex.org/a"], report.Dropped);
        AssertHolds(target, v2);
    }

    private static void AssertHolds(GraphStore target, IReadOnlyList<PublishedGraph> graphs)
    {
        var expected = graphs.SelectMany(g => Lines(g)).Order(StringComparer.Ordinal).ToList();
        var actual = target.Store.Quads().Select(q => q.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    private static IEnumerable<string> Lines(PublishedGraph g) =>
        g.Lines.Select(l => System.Text.Encoding.UTF8.GetString(l).TrimEnd('\n'))
            .Select(l => g.Name is null ? l : l[..^1] + NTriplesFormatter.Format(g.Name) + " .");
}
