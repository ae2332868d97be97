using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Testing;

namespace Graph.Mapping.Tests;

/// <summary>The per-note layout (<c>graph convert --graphs per-note</c>): same statements, one graph per note, provenance.</summary>
public sealed class PerNoteGraphTests
{
    private static readonly Lazy<ConversionResult> s_samples = new(() =>
        VaultConverter.Convert(Conversions.SamplesFolder, new MappingOptions { Graphs = GraphLayout.PerNote }));

    private static readonly Iri Sha256 = new(Schema.Namespace + "sha256");

    private static bool IsProvenance(Quad q) => q.Graph is { } g && q.Subject.Equals(g)
        || q.Predicate.Equals(Schema.Identifier) && q.Subject is Iri s && s.Value.Contains("/source/", StringComparison.Ordinal);

    [Fact]
    public void TheUnionOfTheGraphsIsTheSingleGraphOutput()
    {
        var single = Conversions.Samples.Quads.ToHashSet();
        var union = s_samples.Value.Quads.Where(q => !IsProvenance(q)).Select(q => q.AsTriple()).ToHashSet();
        Assert.Empty(single.Except(union));
        Assert.Empty(union.Except(single));
        Assert.All(s_samples.Value.Quads, q => Assert.NotNull(q.Graph));
    }

    [Fact]
    public void EachNoteHasItsOwnGraphWithItsArticle()
    {
        var result = s_samples.Value;
        var articles = result.Quads.Where(q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(Schema.Article)).ToList();
        Assert.NotEmpty(articles);
        foreach (var a in articles)
        {
            var note = ((Iri)a.Subject).Value;
            Assert.Equal(note.Replace("/note/", "/graph/note/", StringComparison.Ordinal), ((Iri)a.Graph!).Value);
        }
        Assert.Equal(articles.Count, articles.Select(a => a.Graph).Distinct().Count());
    }

    [Fact]
    public void PeopleOrganisationsAndTopicsAreInTheSharedGraph()
    {
        var result = s_samples.Value;
        var baseIri = result.DatasetIri.Value[..^"dataset".Length];
        foreach (var cls in new[] { Schema.Person, Schema.Organization, Skos.Concept })
        {
            var typed = result.Quads.Where(q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(cls)).ToList();
            Assert.NotEmpty(typed);
            Assert.All(typed, q => Assert.Equal(new Iri(baseIri + "graph/shared"), q.Graph));
        }
        Assert.All(result.Quads.Where(q => q.Subject.Equals(result.DatasetIri)), q => Assert.Equal(new Iri(baseIri + "graph/dataset"), q.Graph));
    }

    [Fact]
    public void EveryNoteGraphCarriesItsProvenanceAndTheHashOfItsStatements()
    {
        var result = s_samples.Value;
        var byGraph = result.Quads.GroupBy(q => q.Graph!).Where(g => ((Iri)g.Key).Value.Contains("/graph/note/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(byGraph);
        foreach (var g in byGraph)
        {
            var hash = Assert.Single(g, q => q.Subject.Equals(g.Key) && q.Predicate.Equals(Sha256));
            var content = g.Where(q => !IsProvenance(q));
            Assert.Equal(GraphHash.Sha256(content), ((Literal)hash.Object).LexicalForm);
            var source = Assert.Single(g, q => q.Subject.Equals(g.Key) && q.Predicate.Equals(Prov.WasDerivedFrom));
            var path = Assert.Single(g, q => q.Subject.Equals(source.Object) && q.Predicate.Equals(Schema.Identifier));
            Assert.True(File.Exists(Path.Combine(Conversions.SamplesFolder, ((Literal)path.Object).LexicalForm)));
            var modified = Assert.Single(g, q => q.Subject.Equals(g.Key) && q.Predicate.Equals(Schema.DateModified));
            Assert.Equal(Xsd.DateTime, ((Literal)modified.Object).Datatype);
        }
    }

    [Fact]
    public void TheHashChangesExactlyWhenTheNotesStatementsChange()
    {
        var dir = Directory.CreateTempSubdirectory("graph-pernote-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "# Alpha\n\nFirst text about [[b]].\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b.md"), "# Beta\n\nSecond text.\n");
            var options = new MappingOptions { Graphs = GraphLayout.PerNote, BaseIri = "https://ex.org/" };
            var before = Hashes(VaultConverter.Convert(dir.FullName, options, TestContext.Current.CancellationToken));
            File.SetLastWriteTimeUtc(Path.Combine(dir.FullName, "a.md"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            var touched = Hashes(VaultConverter.Convert(dir.FullName, options, TestContext.Current.CancellationToken));
            Assert.Equal(before, touched);
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "# Alpha\n\nFirst text, edited, about [[b]].\n");
            var after = Hashes(VaultConverter.Convert(dir.FullName, options, TestContext.Current.CancellationToken));
            Assert.NotEqual(before["https://ex.org/graph/note/a"], after["https://ex.org/graph/note/a"]);
            Assert.Equal(before["https://ex.org/graph/note/b"], after["https://ex.org/graph/note/b"]);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void FrontMatterModifiedDateWinsOverTheFileTime()
    {
        var dir = Directory.CreateTempSubdirectory("graph-pernote-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "---\nmodified: 2024-03-05\n---\n# Alpha\n\nText.\n");
            var result = VaultConverter.Convert(dir.FullName, new MappingOptions { Graphs = GraphLayout.PerNote, BaseIri = "https://ex.org/" }, TestContext.Current.CancellationToken);
            var modified = Assert.Single(result.Quads, q => q.Predicate.Equals(Schema.DateModified));
            Assert.Equal("\"2024-03-05\"^^<http://www.w3.org/2001/XMLSchema#date>", NTriplesFormatter.Format(modified.Object));
            Assert.Equal("https://ex.org/graph/note/a", ((Iri)modified.Subject).Value);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void PerNoteOutputIsDeterministic()
    {
        var again = VaultConverter.Convert(Conversions.SamplesFolder, new MappingOptions { Graphs = GraphLayout.PerNote }, TestContext.Current.CancellationToken);
        Assert.Equal(s_samples.Value.Quads, again.Quads);
    }

    [Fact]
    public void CorpusNotesEachGetAGraph()
    {
        var folder = SharedData.Require("corpus/museumxtd");
        var result = VaultConverter.Convert(folder, new MappingOptions { Graphs = GraphLayout.PerNote }, TestContext.Current.CancellationToken);
        var graphs = result.Quads.Select(q => ((Iri)q.Graph!).Value).ToHashSet();
        Assert.Equal(result.Summary.Notes, graphs.Count(g => g.Contains("/graph/note/", StringComparison.Ordinal)));
        Assert.Equal(result.Summary.Notes + 2, graphs.Count);
    }

    private static Dictionary<string, string> Hashes(ConversionResult result) =>
        result.Quads.Where(q => q.Predicate.Equals(Sha256)).ToDictionary(q => ((Iri)q.Subject).Value, q => ((Literal)q.Object).LexicalForm);
}
