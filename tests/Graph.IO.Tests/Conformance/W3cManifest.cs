using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Turtle;

namespace Graph.IO.Tests.Conformance;

/// <summary>
/// Reads W3C test manifests with our own Turtle reader: follows <c>mf:include</c> lists to sub-manifests and turns
/// every item of <c>mf:entries</c> into a <see cref="W3cTestEntry"/>, in manifest order. Local files map to the
/// suite's published IRIs (<c>rdf-tests/…</c> ↔ <c>https://w3c.github.io/rdf-tests/…</c>), which serve as base IRIs.
/// </summary>
public static class W3cManifest
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string Rdft = "http://www.w3.org/ns/rdftest#";
    public const string PublishedRoot = "https://w3c.github.io/rdf-tests/";

    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Name = new(Mf + "name");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri AssumedTestBase = new(Mf + "assumedTestBase");
    private static readonly Iri Approval = new(Rdft + "approval");

    /// <summary>Every entry reachable from the manifest at <paramref name="manifestPath"/>, which lies under <paramref name="rdfTestsRoot"/> (the local <c>rdf-tests</c> folder).</summary>
    public static List<W3cTestEntry> Load(string manifestPath, string rdfTestsRoot)
    {
        var entries = new List<W3cTestEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Load(Path.GetFullPath(manifestPath), Path.GetFullPath(rdfTestsRoot), entries, seen);
        return entries;
    }

    private static void Load(string manifestPath, string root, List<W3cTestEntry> entries, HashSet<string> seen)
    {
        if (!seen.Add(manifestPath)) return;
        var manifestIri = ToIri(manifestPath, root);
        var quads = new QuadList();
        using (var stream = File.OpenRead(manifestPath))
            new TurtleReader().Read(stream, quads, new RdfReaderOptions { BaseIri = manifestIri, FileName = manifestPath });
        var index = quads.Quads.ToLookup(q => (q.Subject, q.Predicate), q => q.Object);
        var manifest = new Iri(manifestIri);
        var assumedBase = (index[(manifest, AssumedTestBase)].FirstOrDefault() as Iri)?.Value;
        var folderIri = manifestIri[..(manifestIri.LastIndexOf('/') + 1)];

        foreach (var list in index[(manifest, Include)])
            foreach (var included in Items(index, list))
                Load(ToPath(((Iri)included).Value, root), root, entries, seen);

        foreach (var list in index[(manifest, Entries)])
        {
            foreach (var test in Items(index, list))
            {
                var type = index[(test, Rdf.Type)].OfType<Iri>().FirstOrDefault()?.Value ?? "";
                var action = index[(test, Action)].FirstOrDefault() as Iri;
                if (action is null) continue;
                var result = index[(test, Result)].FirstOrDefault() as Iri;
                var baseIri = assumedBase is not null && action.Value.StartsWith(folderIri, StringComparison.Ordinal)
                    ? assumedBase + action.Value[folderIri.Length..]
                    : action.Value;
                entries.Add(new W3cTestEntry(
                    Id: ((Iri)test).Value,
                    Name: (index[(test, Name)].FirstOrDefault() as Literal)?.LexicalForm ?? ((Iri)test).Value,
                    Type: type,
                    ActionPath: ToPath(action.Value, root),
                    ResultPath: result is null ? null : ToPath(result.Value, root),
                    BaseIri: baseIri,
                    Approval: (index[(test, Approval)].FirstOrDefault() as Iri)?.Value,
                    ManifestPath: manifestPath));
            }
        }
    }

    /// <summary>The members of an RDF collection, following rdf:first / rdf:rest.</summary>
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

    private static string ToIri(string path, string root) =>
        PublishedRoot + Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string ToPath(string iri, string root)
    {
        if (!iri.StartsWith(PublishedRoot, StringComparison.Ordinal))
            throw new InvalidDataException($"test file outside the suite: {iri}");
        return Path.Combine(root, iri[PublishedRoot.Length..].Replace('/', Path.DirectorySeparatorChar));
    }
}
