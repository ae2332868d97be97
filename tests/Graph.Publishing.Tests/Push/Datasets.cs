using Graph.Core.Terms;
using Graph.Publishing.Push;

namespace Graph.Publishing.Tests.Push;

internal static class Datasets
{
    public static Quad Q(string s, string o, string? g) =>
        new(new Iri("http://ex.org/" + s), new Iri("http://ex.org/p"), Literal.String(o), g is null ? null : new Iri("http://ex.org/" + g));

    /// <summary>Three named graphs: a (1 triple), b (2), c (5).</summary>
    public static IReadOnlyList<PublishedGraph> Three(string cText = "c") => PublishedGraph.FromDataset(
    [
        Q("s1", "a", "a"),
        Q("s2", "b1", "b"), Q("s3", "b2", "b"),
        .. Enumerable.Range(1, 5).Select(i => Q("t" + i, cText + i, "c")),
    ]);

    public static string TempState() => Path.Combine(Directory.CreateTempSubdirectory("graph-push-state-").FullName, PushState.FileName);
}
