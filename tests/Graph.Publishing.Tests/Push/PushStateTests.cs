using Graph.Publishing.Push;

namespace Graph.Publishing.Tests.Push;

public sealed class PushStateTests
{
    [Fact]
    public void StateRoundTripsPerTargetAndIsWrittenDeterministically()
    {
        var path = Datasets.TempState();
        var state = PushState.Empty();
        state.Set("http://b/sparql", "http://ex.org/g2", "h2");
        state.Set("http://a/sparql", "http://ex.org/g1", "h1");
        state.Set("http://a/sparql", "http://ex.org/g0", "h0");
        state.Remove("http://a/sparql", "http://ex.org/g0");
        state.Save(path);
        var first = File.ReadAllText(path);
        var loaded = PushState.Load(path);
        Assert.Equal("h1", loaded.Graphs("http://a/sparql")["http://ex.org/g1"]);
        Assert.Single(loaded.Graphs("http://a/sparql"));
        Assert.Equal("h2", loaded.Graphs("http://b/sparql")["http://ex.org/g2"]);
        Assert.Empty(loaded.Graphs("http://c/sparql"));
        loaded.Save(path);
        Assert.Equal(first, File.ReadAllText(path));
        Assert.DoesNotContain('\r', first);
    }

    [Fact]
    public void AMissingStateFileIsAnEmptyState() =>
        Assert.Empty(PushState.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid(), PushState.FileName)).Graphs("x"));

    [Fact]
    public void ThePlanSendsNewAndChangedGraphsThenDropsVanishedOnes()
    {
        var graphs = Datasets.Three();
        var pushed = new Dictionary<string, string>
        {
            ["http://ex.org/a"] = graphs[0].Hash,
            ["http://ex.org/b"] = "stale",
            ["http://ex.org/z"] = "gone",
        };
        var plan = PushPlan.Compute(graphs, pushed);
        Assert.Equal(["http://ex.org/b", "http://ex.org/c"], plan.Send.Select(g => g.Key));
        Assert.Equal(["http://ex.org/z"], plan.Drop);
        Assert.Equal(["http://ex.org/a"], plan.Unchanged);
    }
}
