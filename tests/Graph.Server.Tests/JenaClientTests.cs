using System.Text.Json;
using Graph.IO;

namespace Graph.Server.Tests;

/// <summary>Apache Jena's rsparql, a real SPARQL 1.1 protocol client, querying our server over HTTP.</summary>
public sealed class JenaClientTests(SampleServer fixture) : IClassFixture<SampleServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Endpoint => new(fixture.Server.Address, "sparql");

    [Fact]
    public async Task Select_ReadsOurJsonResults()
    {
        if (JenaRsparql.MissingReason is { } reason) Assert.Skip(reason);
        var (exit, stdout, stderr) = await JenaRsparql.RunAsync(Endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "json", Ct);
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var n = json.RootElement.GetProperty("results").GetProperty("bindings")[0].GetProperty("n").GetProperty("value").GetString();
        Assert.Equal(fixture.Snapshot.Store.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), n);
    }

    [Fact]
    public async Task Construct_ReadsOurRdf()
    {
        if (JenaRsparql.MissingReason is { } reason) Assert.Skip(reason);
        var (exit, stdout, stderr) = await JenaRsparql.RunAsync(Endpoint,
            "PREFIX schema: <http://schema.org/> CONSTRUCT { ?p a schema:Person ; schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n LIMIT 4", "nt", Ct);
        Assert.True(exit == 0, stderr);
        var quads = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.NTriples).Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdout)), quads, new RdfReaderOptions());
        Assert.Equal(8, quads.Quads.Count);
    }

    [Fact]
    public async Task Ask_ReadsOurXmlOrJsonBoolean()
    {
        if (JenaRsparql.MissingReason is { } reason) Assert.Skip(reason);
        var (exit, stdout, stderr) = await JenaRsparql.RunAsync(Endpoint, "ASK { ?s a <http://schema.org/Person> }", "xml", Ct);
        Assert.True(exit == 0, stderr);
        Assert.Contains("<boolean>true</boolean>", stdout);
    }
}
