using Graph.Core.Terms;

namespace Graph.IO.Tests.JsonLd;

/// <summary>Reads the suite's .nq files with the project's N-Quads reader, keeping the file's own blank node labels.</summary>
internal static class NQuadsFiles
{
    private const string Prefix = "nq";

    public static List<Quad> Read(string path)
    {
        IRdfReader reader;
        try { reader = RdfSyntaxes.CreateReader(RdfFormat.NQuads); }
        catch (NotSupportedException) { Assert.Skip("needs the project's N-Quads reader, which is not registered in RdfSyntaxes yet"); throw; }
        var sink = new QuadList();
        using (var stream = File.OpenRead(path))
            reader.Read(stream, sink, new RdfReaderOptions { BlankNodePrefix = Prefix, FileName = path });
        return sink.Quads.Select(q => new Quad(Unscope(q.Subject), Unscope(q.Predicate), Unscope(q.Object), q.Graph is null ? null : Unscope(q.Graph))).ToList();
    }

    // The reader scopes labels per document ({prefix}_{label}); fromRdf expectations use the labels as written.
    private static Term Unscope(Term t) =>
        t is BlankNode b && b.Label.StartsWith(Prefix + "_", StringComparison.Ordinal) ? new BlankNode(b.Label[(Prefix.Length + 1)..]) : t;

    public static string Format(IEnumerable<Quad> quads) => string.Join("\n", quads.Select(q => q.ToString()).Order(StringComparer.Ordinal));
}
