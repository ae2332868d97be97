using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO;
using Graph.IO.Turtle;

namespace Graph.Sparql.Engine.Tests.Conformance;

/// <summary>
/// Reads the evaluation entries of the W3C SPARQL manifests (<c>mf:QueryEvaluationTest</c>, <c>mf:CSVResultFormatTest</c>)
/// with our Turtle reader, following <c>mf:include</c>. Files are named by their published IRIs, which are also
/// the IRIs of the graphs loaded from them.
/// </summary>
public static class QueryEvalManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    public const string PublishedRoot = "https://w3c.github.io/rdf-tests/";

    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Name = new(Mf + "name");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri Requires = new(Mf + "requires");
    private static readonly Iri ResultCardinality = new(Mf + "resultCardinality");
    private static readonly Iri Query = new(Qt + "query");
    private static readonly Iri Data = new(Qt + "data");
    private static readonly Iri GraphData = new(Qt + "graphData");
    private static readonly Iri ServiceData = new(Qt + "serviceData");
    private static readonly Iri EntailmentRegime = new("http://www.w3.org/ns/sparql-service-description#entailmentRegime");

    public static List<QueryEvalEntry> Load(string manifestPath, string rdfTestsRoot)
    {
        var entries = new List<QueryEvalEntry>();
        Load(Path.GetFullPath(manifestPath), Path.GetFullPath(rdfTestsRoot), entries, new HashSet<string>(StringComparer.Ordinal));
        return entries;
    }

    private static void Load(string manifestPath, string root, List<QueryEvalEntry> entries, HashSet<string> seen)
    {
        if (!seen.Add(manifestPath)) return;
        var manifestIri = PublishedRoot + Path.GetRelativePath(root, manifestPath).Replace(Path.DirectorySeparatorChar, '/');
        var quads = new QuadList();
        using (var stream = File.OpenRead(manifestPath))
            new TurtleReader().Read(stream, quads, new RdfReaderOptions { BaseIri = manifestIri, FileName = manifestPath });
        var index = quads.Quads.ToLookup(q => (q.Subject, q.Predicate), q => q.Object);
        var manifest = new Iri(manifestIri);
        foreach (var list in index[(manifest, Include)])
            foreach (var included in Items(index, list))
                Load(ToPath(((Iri)included).Value, root), root, entries, seen);
        foreach (var list in index[(manifest, Entries)])
        {
            foreach (var test in Items(index, list))
            {
                var type = index[(test, Rdf.Type)].OfType<Iri>().FirstOrDefault()?.Value ?? "";
                if (!type.EndsWith("#QueryEvaluationTest", StringComparison.Ordinal) && !type.EndsWith("#CSVResultFormatTest", StringComparison.Ordinal)) continue;
                var action = index[(test, Action)].FirstOrDefault();
                if (action is null || index[(action, Query)].FirstOrDefault() is not Iri query) continue;
                var result = index[(test, Result)].FirstOrDefault() as Iri;
                entries.Add(new QueryEvalEntry(
                    Id: test is Iri ti ? ti.Value : manifestIri + "#" + test,
                    Name: Path.GetFileName(Path.GetDirectoryName(manifestPath)) + "/" + ((index[(test, Name)].FirstOrDefault() as Literal)?.LexicalForm ?? test.ToString()),
                    Type: type,
                    QueryPath: ToPath(query.Value, root),
                    QueryIri: query.Value,
                    Data: index[(action, Data)].OfType<Iri>().Select(i => (ToPath(i.Value, root), i.Value)).ToList(),
                    GraphData: index[(action, GraphData)].OfType<Iri>().Select(i => (ToPath(i.Value, root), i.Value)).ToList(),
                    ResultPath: result is null ? null : ToPath(result.Value, root),
                    Requires: index[(test, Requires)].OfType<Iri>().Select(i => i.Value).ToList(),
                    LaxCardinality: index[(test, ResultCardinality)].OfType<Iri>().Any(i => i.Value.EndsWith("LaxCardinality", StringComparison.Ordinal)),
                    HasServiceData: index[(action, ServiceData)].Any(),
                    EntailmentRegime: (index[(action, EntailmentRegime)].FirstOrDefault() as Iri)?.Value));
            }
        }
    }

    private static IEnumerable<Term> Items(ILookup<(Term, Term), Term> index, Term list)
    {
        while (!list.Equals(Rdf.Nil))
        {
            var first = index[(list, Rdf.First)].FirstOrDefault();
            if (first is null) yield break;
            yield return first;
            list = index[(list, Rdf.Rest)].FirstOrDefault() ?? Rdf.Nil;
        }
    }

    private static string ToPath(string iri, string root)
    {
        if (!iri.StartsWith(PublishedRoot, StringComparison.Ordinal)) throw new InvalidDataException($"test file outside the suite: {iri}");
        return Path.Combine(root, iri[PublishedRoot.Length..].Replace('/', Path.DirectorySeparatorChar));
    }
}
