using Graph.Fuzz.Targets;
using Graph.IO;

namespace Graph.Fuzz;

/// <summary>Every fuzz target, by name.</summary>
public static class FuzzTargets
{
    /// <summary>
    /// The target names. Plain strings on purpose: under AFL no instrumented code (ours, in Graph.*) may run before
    /// SharpFuzz has mapped AFL's coverage memory, so the target is created only once the fuzzer runs.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } =
        ["ntriples", "nquads", "turtle", "trig", "rdfxml", "jsonld", "sparql", "sparql-eval", "note"];

    /// <summary>Every target (creating them touches the instrumented assemblies: see <see cref="Names"/>).</summary>
    public static IReadOnlyList<FuzzTarget> All => Names.Select(n => Create(n)!).ToList();

    /// <summary>The target with this name, or null.</summary>
    public static FuzzTarget? Create(string name) => name.ToLowerInvariant() switch
    {
        "ntriples" => new RdfSyntaxTarget("ntriples", RdfFormat.NTriples),
        "nquads" => new RdfSyntaxTarget("nquads", RdfFormat.NQuads),
        "turtle" => new RdfSyntaxTarget("turtle", RdfFormat.Turtle),
        "trig" => new RdfSyntaxTarget("trig", RdfFormat.TriG),
        "rdfxml" => new RdfSyntaxTarget("rdfxml", RdfFormat.RdfXml),
        "jsonld" => new RdfSyntaxTarget("jsonld", RdfFormat.JsonLd),
        "sparql" => new SparqlParseTarget(),
        "sparql-eval" => new SparqlEvalTarget(),
        "note" => new NoteTarget(),
        _ => null,
    };
}
