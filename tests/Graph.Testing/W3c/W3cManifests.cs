using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO;
using Graph.IO.Turtle;

namespace Graph.Testing.W3c;

/// <summary>
/// Walks W3C test manifests (RDF and SPARQL suites) with our own Turtle reader: follows <c>mf:include</c> lists to
/// sub-manifests and yields every item of <c>mf:entries</c>, in manifest order. Local files are named by the suite's
/// published IRIs (<c>rdf-tests/…</c> ↔ <c>https://w3c.github.io/rdf-tests/…</c>), which also serve as base IRIs.
/// </summary>
public static class W3cManifests
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string PublishedRoot = "https://w3c.github.io/rdf-tests/";

    /// <summary>Every entry reachable from the manifest at <paramref name="manifestPath"/> under <paramref name="rdfTestsRoot"/>.</summary>
    public static List<ManifestEntry> Load(string manifestPath, string rdfTestsRoot)
    {
        var entries = new List<ManifestEntry>();
        Load(Path.GetFullPath(manifestPath), Path.GetFullPath(rdfTestsRoot), entries, new HashSet<string>(StringComparer.Ordinal));
        return entries;
    }

    private static void Load(string manifestPath, string root, List<ManifestEntry> entries, HashSet<string> seen)
    {
        if (!seen.Add(manifestPath)) return;
        var manifest = new Iri(ToIri(manifestPath, root));
        var quads = new QuadList();
        using (var stream = File.OpenRead(manifestPath))
            new TurtleReader().Read(stream, quads, new RdfReaderOptions { BaseIri = manifest.Value, FileName = manifestPath });
        var index = quads.Quads.ToLookup(q => (q.Subject, q.Predicate), q => q.Object);
        foreach (var list in index[(manifest, new Iri(Mf + "include"))])
            foreach (var included in Items(index, list))
                Load(ToPath(((Iri)included).Value, root), root, entries, seen);
        foreach (var list in index[(manifest, new Iri(Mf + "entries"))])
            foreach (var test in Items(index, list))
                entries.Add(new ManifestEntry(test, manifest, manifestPath, index));
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

    /// <summary>The published IRI of a local file under the suite root.</summary>
    public static string ToIri(string path, string root) =>
        PublishedRoot + Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// The statements of a suite file in any syntax we read, with its published IRI as base, placed in
    /// <paramref name="graph"/> (null: the default graph).
    /// </summary>
    public static List<Quad> ReadFile(string path, string root, Iri? graph = null)
    {
        var list = new QuadList();
        var format = RdfFormat.FromPath(path) ?? throw new InvalidDataException($"{path}: unknown syntax");
        using (var stream = File.OpenRead(path))
            RdfSyntaxes.CreateReader(format).Read(stream, list, new RdfReaderOptions { BaseIri = ToIri(Path.GetFullPath(path), Path.GetFullPath(root)), FileName = path });
        return graph is null ? list.Quads : list.Quads.Select(q => q with { Graph = graph }).ToList();
    }

    /// <summary>The local file of a published IRI.</summary>
    public static string ToPath(string iri, string root)
    {
        if (!iri.StartsWith(PublishedRoot, StringComparison.Ordinal))
            throw new InvalidDataException($"test file outside the suite: {iri}");
        return Path.Combine(root, iri[PublishedRoot.Length..].Replace('/', Path.DirectorySeparatorChar));
    }
}
