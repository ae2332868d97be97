using Graph.IO;
using Graph.Store;

namespace Graph.Fuzz.Targets;

/// <summary>
/// The small fixed dataset fuzzed queries run over. It holds what makes evaluation hard: a cycle and a self-loop for
/// property paths, numbers of every kind (huge, ill-typed, NaN-ish), a text that backtracking regexes choke on,
/// language tags, dates, blank nodes and a named graph.
/// </summary>
public static class FuzzGraph
{
    public const string NQuads = """
        <http://example.org/a> <http://example.org/p> <http://example.org/b> .
        <http://example.org/b> <http://example.org/p> <http://example.org/c> .
        <http://example.org/c> <http://example.org/p> <http://example.org/a> .
        _:x <http://example.org/p> <http://example.org/a> .
        _:x <http://example.org/r> _:x .
        <http://example.org/a> <http://example.org/q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
        <http://example.org/b> <http://example.org/q> "2.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .
        <http://example.org/c> <http://example.org/q> "1e308"^^<http://www.w3.org/2001/XMLSchema#double> .
        <http://example.org/b> <http://example.org/q> "99999999999999999999999999999"^^<http://www.w3.org/2001/XMLSchema#integer> .
        <http://example.org/c> <http://example.org/q> "abc"^^<http://www.w3.org/2001/XMLSchema#integer> .
        <http://example.org/a> <http://example.org/q> "-0"^^<http://www.w3.org/2001/XMLSchema#float> .
        <http://example.org/a> <http://example.org/name> "Alice"@en .
        <http://example.org/b> <http://example.org/name> "bob" .
        <http://example.org/c> <http://example.org/name> "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" .
        <http://example.org/a> <http://example.org/date> "2024-02-29T12:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
        <http://example.org/b> <http://example.org/date> "2024-13-01"^^<http://www.w3.org/2001/XMLSchema#date> .
        <http://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/T> .
        <http://example.org/a> <http://example.org/p> <http://example.org/a> <http://example.org/g> .
        <http://example.org/c> <http://example.org/name> "ç"@fr <http://example.org/g> .
        _:y <http://example.org/p> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> <http://example.org/g> .
        """;

    private static readonly Lazy<QuadStore> s_store = new(Build);

    /// <summary>The store (built once; queries only read it).</summary>
    public static QuadStore Store => s_store.Value;

    private static QuadStore Build()
    {
        var store = new QuadStore();
        foreach (var quad in Invariants.Read(RdfFormat.NQuads, System.Text.Encoding.UTF8.GetBytes(NQuads)).Quads) store.Add(quad);
        return store;
    }
}
