using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO;
using Graph.IO.Turtle;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>
/// Reads the W3C SPARQL test manifests with our Turtle reader: follows <c>mf:include</c>, and turns each item of
/// <c>mf:entries</c> into a <see cref="SparqlTestEntry"/> (type, action file or query/data files, result, approval).
/// Local files are named by their published IRIs (<c>https://w3c.github.io/rdf-tests/…</c>), which are also the base IRIs.
/// </summary>
public static class SparqlManifest
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    public const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    public const string PublishedRoot = "https://w3c.github.io/rdf-tests/";

    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Name = new(Mf + "name");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri Query = new(Qt + "query");
    private static readonly Iri Approval = new(Dawgt + "approval");

    public static List<SparqlTestEntry> Load(string manifestPath, string rdfTestsRoot)
    {
        var entries = new List<SparqlTestEntry>();
        Load(Path.GetFullPath(manifestPath), Path.GetFullPath(rdfTestsRoot), entries, new HashSet<string>(StringComparer.Ordinal));
        return entries;
    }

    private static void Load(string manifestPath, string root, List<SparqlTestEntry> entries, HashSet<string> seen)
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
                var action = index[(test, Action)].FirstOrDefault();
                var actionFile = action as Iri ?? (action is null ? null : index[(action, Query)].FirstOrDefault() as Iri);
                if (actionFile is null) continue;
                var result = index[(test, Result)].FirstOrDefault() as Iri;
                entries.Add(new SparqlTestEntry(
                    Id: test is Iri ti ? ti.Value : test.ToString(),
                    Name: (index[(test, Name)].FirstOrDefault() as Literal)?.LexicalForm ?? test.ToString(),
                    Type: type,
                    ActionPath: ToPath(actionFile.Value, root),
                    ResultPath: result is null ? null : ToPath(result.Value, root),
                    BaseIri: actionFile.Value,
                    Approval: (index[(test, Approval)].FirstOrDefault() as Iri)?.Value,
                    ManifestPath: manifestPath));
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
