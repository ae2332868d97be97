using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Shacl;

namespace Graph.Mapping.Tests;

/// <summary>The output against <c>ontology/</c>: every class and predicate declared in the profile; the SHACL shapes hold.</summary>
public sealed class OntologyTests
{
    [Fact]
    public void ShapesFileDeclaresAShapePerOutputClass() => Assert.Equal(9, Ontology.Shapes.Count);

    [Fact]
    public void EveryClassAndPredicateOfTheSampleOutputIsDeclaredInTheProfile() => AssertDeclared(Conversions.Samples.Quads);

    [Fact]
    public void EveryClassAndPredicateOfTheCorpusOutputIsDeclaredInTheProfile() => AssertDeclared(Conversions.Corpus().Quads);

    [Fact]
    public void EveryClassAndPredicateOfThePerNoteOutputIsDeclaredInTheProfile() =>
        AssertDeclared(VaultConverter.Convert(Conversions.SamplesFolder, new MappingOptions { Graphs = GraphLayout.PerNote }, TestContext.Current.CancellationToken).Quads);

    [Fact]
    public void SampleOutputConformsToTheShapes()
    {
        var report = ShaclValidator.Validate(Conversions.Samples.Quads, Ontology.Shapes, TestContext.Current.CancellationToken);
        Assert.True(report.Conforms, report.ToString());
    }

    [Fact]
    public void CorpusOutputConformsToTheShapes()
    {
        var report = ShaclValidator.Validate(Conversions.Corpus().Quads, Ontology.Shapes, TestContext.Current.CancellationToken);
        Assert.True(report.Conforms, report.ToString());
    }

    [Fact]
    public void ShapesCatchABrokenOutput()
    {
        // The shapes must be able to fail: drop every note's name and type a quotation's creator wrongly.
        var quads = Conversions.Samples.Quads.Where(q => !q.Predicate.Equals(Schema.Name)).ToList();
        var report = ShaclValidator.Validate(quads, Ontology.Shapes, TestContext.Current.CancellationToken);
        Assert.False(report.Conforms);
        Assert.Contains(report.Results, r => r.Path?.ToString() == "<http://schema.org/name>" && r.SourceConstraintComponent.Value.EndsWith("MinCountConstraintComponent", StringComparison.Ordinal));
    }

    private static void AssertDeclared(IReadOnlyList<Quad> output)
    {
        var profile = Ontology.Read("profile.ttl");
        var classes = profile.Where(q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(Rdfs.Class)).Select(q => q.Subject).ToHashSet();
        var properties = profile.Where(q => q.Predicate.Equals(Rdf.Type) && q.Object.Equals(Rdf.Property)).Select(q => q.Subject).ToHashSet();
        var undeclaredClasses = output.Where(q => q.Predicate.Equals(Rdf.Type)).Select(q => q.Object).Distinct().Where(c => !classes.Contains(c)).ToList();
        var undeclaredPredicates = output.Select(q => q.Predicate).Distinct().Where(p => !properties.Contains(p)).ToList();
        Assert.Empty(undeclaredClasses);
        Assert.Empty(undeclaredPredicates);
    }
}
