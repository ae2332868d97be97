using System.Net;

namespace Graph.Server.Tests.Writes;

/// <summary>After each write the dataset is on disk, in every persist file's syntax; a refused write leaves the files alone.</summary>
public sealed class PersistenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryWrite_RewritesEachFileWithTheWholeDataset()
    {
        await using var server = await WriteServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update(
            "INSERT DATA { <http://example.org/n> <http://example.org/p> \"été\"@fr . GRAPH <http://example.org/graphs/b> { <http://example.org/n> <http://example.org/p> 2 } }"), Ct)).StatusCode);
        Assert.Equal(server.Served(), WriteServer.ReadFile(server.Trig));
        Assert.Equal(server.Served(), WriteServer.ReadFile(server.NQuads));
        Assert.Equal(5, WriteServer.ReadFile(server.NQuads).Count);

        Assert.Equal(HttpStatusCode.NoContent, (await server.Bearer.DeleteAsync("data?graph=" + TestServers.Encode(WriteServer.A.Value), Ct)).StatusCode);
        Assert.Equal(server.Served(), WriteServer.ReadFile(server.Trig));
        Assert.Equal(3, WriteServer.ReadFile(server.NQuads).Count);
        // Written in canonical order: the same data gives the same bytes; no temporary files are left behind.
        var bytes = File.ReadAllBytes(server.NQuads);
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update("INSERT DATA { <a:x> <a:y> <a:z> }"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update("DELETE DATA { <a:x> <a:y> <a:z> }"), Ct)).StatusCode);
        Assert.Equal(bytes, File.ReadAllBytes(server.NQuads));
        Assert.Equal(["data.nq", "data.trig"], Directory.GetFiles(server.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnUpdateThatChangesNothing_WritesNothing()
    {
        await using var server = await WriteServer.StartAsync();
        var generation = server.Server.Holder.Current.Generation;
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update("DELETE DATA { <a:not> <a:there> <a:at-all> }"), Ct)).StatusCode);
        Assert.False(File.Exists(server.Trig));
        Assert.Equal(generation, server.Server.Holder.Current.Generation);
    }

    [Fact]
    public async Task ATriplesOnlyFile_RefusesAWriteThatLeavesNamedGraphs_With409()
    {
        var folder = Directory.CreateTempSubdirectory("graph-writes-ttl-").FullName;
        var ttl = Path.Combine(folder, "data.ttl");
        try
        {
            await using var server = await WriteServer.StartAsync(o => o with { PersistFiles = [ttl] }, WriteServer.Sample().Take(1));
            Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update("INSERT DATA { <a:x> <a:y> <a:z> }"), Ct)).StatusCode);
            var saved = File.ReadAllBytes(ttl);
            var before = server.Served();
            var response = await server.Bearer.PutAsync("data?graph=" + TestServers.Encode("http://example.org/g"), WriteServer.Body("<a:s> <a:p> <a:o> .", "text/turtle"), Ct);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("Turtle", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Equal(before, server.Served());
            Assert.Equal(saved, File.ReadAllBytes(ttl));
            Assert.Equal(before, WriteServer.ReadFile(ttl));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public async Task AWriteThatCannotBeSaved_IsNotServedEither()
    {
        await using var server = await WriteServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Bearer.PostAsync("update", WriteServer.Update("INSERT DATA { <a:x> <a:y> 1 }"), Ct)).StatusCode);
        var saved = File.ReadAllBytes(server.Trig);
        var before = server.Served();
        // A folder where the N-Quads file should be: the save fails before either file is replaced.
        File.Delete(server.NQuads);
        Directory.CreateDirectory(server.NQuads);
        var response = await server.Bearer.PostAsync("update", WriteServer.Update("INSERT DATA { <a:x> <a:y> 2 }"), Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(before, server.Served());
        Assert.Equal(saved, File.ReadAllBytes(server.Trig));
        Assert.Equal(1, await server.CountAsync("<a:x> <a:y> ?n", Ct));
    }

    [Fact]
    public async Task ARestartFromThePersistedFile_ServesTheWrittenData()
    {
        List<string> written;
        string folder;
        await using (var server = await WriteServer.StartAsync())
        {
            Assert.Equal(HttpStatusCode.Created, (await server.Bearer.PutAsync("data?graph=" + TestServers.Encode("http://example.org/g"),
                WriteServer.Body("<http://example.org/s> <http://example.org/p> \"v\" .", "text/turtle"), Ct)).StatusCode);
            written = server.Served();
            folder = Directory.CreateTempSubdirectory("graph-writes-copy-").FullName;
            File.Copy(server.Trig, Path.Combine(folder, "data.trig"));
        }
        try
        {
            var reloaded = TestServers.Load(Path.Combine(folder, "data.trig"));
            Assert.Equal(written, reloaded.Store.Quads().Select(q => q.ToString()).Order(StringComparer.Ordinal).ToList());
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
