using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Shacl.Tests;

public sealed class ShaclValidatorTests
{
    private const string PersonShape = """
        ex:PersonShape a sh:NodeShape ;
            sh:targetClass schema:Person ;
            sh:property [ sh:path schema:name ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ; sh:minLength 2 ] ;
            sh:property [ sh:path schema:jobTitle ; sh:datatype rdf:langString ; sh:languageIn ( "fr" "en" ) ; sh:uniqueLang true ] ;
            sh:property [ sh:path schema:worksFor ; sh:class schema:Organization ; sh:nodeKind sh:IRI ] ;
            sh:property [ sh:path schema:sameAs ; sh:pattern "^https://" ] .
        """;

    [Fact]
    public void OrAcceptsAValueThatConformsToAnyMember()
    {
        const string shape = """
            ex:QuoteShape a sh:NodeShape ;
                sh:targetClass schema:Quotation ;
                sh:property [ sh:path schema:creator ; sh:or ( [ sh:class schema:Person ] [ sh:class schema:Organization ] ) ] .
            """;
        var report = Turtle.Validate(shape, """
            ex:q1 a schema:Quotation ; schema:creator ex:ada .
            ex:q2 a schema:Quotation ; schema:creator ex:museum .
            ex:q3 a schema:Quotation ; schema:creator ex:place, "Ada" .
            ex:ada a schema:Person .
            ex:museum a schema:Organization .
            ex:place a schema:Place .
            """);
        Assert.Equal(2, report.Results.Count());
        Assert.Contains(report.Results, r => r.Value is Iri { Value: "http://example.org/place" });
        Assert.Contains(report.Results, r => r.Value is Literal { LexicalForm: "Ada" });
        Assert.All(report.Results, r => Assert.Equal(new Iri("http://example.org/q3"), r.FocusNode));
    }

    [Fact]
    public void ConformingDataHasNoResults()
    {
        var report = Turtle.Validate(PersonShape, """
            ex:ada a schema:Person ; schema:name "Ada" ; schema:jobTitle "Directrice"@fr, "Director"@en ;
                schema:worksFor ex:museum ; schema:sameAs <https://example.org/ada> .
            ex:museum a schema:Organization .
            """);
        Assert.True(report.Conforms, report.ToString());
    }

    [Fact]
    public void ReportsEachViolationWithFocusNodePathAndComponent()
    {
        var report = Turtle.Validate(PersonShape, """
            ex:bob a schema:Person ; schema:jobTitle "Chef"@de, "Boss"@en, "Head"@en ;
                schema:worksFor ex:nowhere, "Acme" ; schema:sameAs <http://insecure.example/> .
            """);
        var lines = report.Results.Select(r => r.ToString()).ToList();
        Assert.Equal(
        [
            "<http://example.org/bob> <http://schema.org/jobTitle>: \"Chef\"@de does not have a language tag in (fr en) [LanguageInConstraintComponent]",
            "<http://example.org/bob> <http://schema.org/jobTitle>: 2 values share the language tag \"en\" [UniqueLangConstraintComponent]",
            "<http://example.org/bob> <http://schema.org/name>: expected at least 1 value(s), found 0 [MinCountConstraintComponent]",
            "<http://example.org/bob> <http://schema.org/sameAs>: <http://insecure.example/> does not match the pattern \"^https://\" [PatternConstraintComponent]",
            "<http://example.org/bob> <http://schema.org/worksFor>: <http://example.org/nowhere> is not an instance of <http://schema.org/Organization> [ClassConstraintComponent]",
            "<http://example.org/bob> <http://schema.org/worksFor>: \"Acme\" is not an instance of <http://schema.org/Organization> [ClassConstraintComponent]",
            "<http://example.org/bob> <http://schema.org/worksFor>: \"Acme\" is not of node kind <http://www.w3.org/ns/shacl#IRI> [NodeKindConstraintComponent]",
        ], lines);
        Assert.All(report.Results, r => Assert.Equal(new Iri("http://example.org/bob"), r.FocusNode));
        Assert.False(report.Conforms);
    }

    [Fact]
    public void MaxCountMinLengthAndDatatype()
    {
        var report = Turtle.Validate(PersonShape, """ex:c a schema:Person ; schema:name "C", "Cy"@en .""");
        Assert.Equal(
            ["DatatypeConstraintComponent", "MaxCountConstraintComponent", "MinLengthConstraintComponent"],
            report.Results.Select(r => r.SourceConstraintComponent.Value[(Sh.Namespace.Length)..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InversePathCountsIncomingEdges()
    {
        var report = Turtle.Validate("""
            ex:S sh:targetClass ex:Child ; sh:property [ sh:path [ sh:inversePath ex:hasChild ] ; sh:minCount 1 ; sh:maxCount 1 ] .
            """, """
            ex:a a ex:Child . ex:b a ex:Child . ex:c a ex:Child .
            ex:p ex:hasChild ex:b . ex:p ex:hasChild ex:c . ex:q ex:hasChild ex:c .
            """);
        Assert.Equal(["<http://example.org/a> ^<http://example.org/hasChild>", "<http://example.org/c> ^<http://example.org/hasChild>"],
            report.Results.Select(r => $"{r.FocusNode} {r.Path}"));
    }

    [Fact]
    public void TargetNodeInHasValueAndMaxLength()
    {
        var report = Turtle.Validate("""
            ex:S sh:targetNode ex:x, ex:y ;
                sh:property [ sh:path ex:colour ; sh:in ( "red" "green" ) ; sh:maxLength 4 ] ;
                sh:property [ sh:path ex:tag ; sh:hasValue ex:must ] .
            """, """
            ex:x ex:colour "red" ; ex:tag ex:must .
            ex:y ex:colour "green", "blue" .
            """);
        Assert.Equal(
            [("y", "In", "\"blue\""), ("y", "MaxLength", "\"green\""), ("y", "HasValue", null)],
            report.Results.Select(r => (((Iri)r.FocusNode).Value[19..], r.SourceConstraintComponent.Value[Sh.Namespace.Length..^"ConstraintComponent".Length], r.Value?.ToString())));
    }

    [Fact]
    public void ClassConstraintFollowsSubClassOf()
    {
        var report = Turtle.Validate("""
            ex:S sh:targetClass schema:Organization ; sh:class schema:Organization .
            ex:T sh:targetClass ex:Thing ; sh:property [ sh:path ex:owner ; sh:class schema:Organization ] .
            """, """
            schema:Museum rdfs:subClassOf schema:Organization .
            ex:m a schema:Museum . ex:t a ex:Thing ; ex:owner ex:m .
            """);
        Assert.True(report.Conforms, report.ToString());
    }

    [Fact]
    public void DatatypeChecksTheLexicalForm()
    {
        var report = Turtle.Validate("""
            ex:S sh:targetSubjectsOf ex:date ; sh:property [ sh:path ex:date ; sh:datatype xsd:date ] .
            """, """
            ex:a ex:date "2023-02-30"^^xsd:date . ex:b ex:date "2023-02-28"^^xsd:date . ex:c ex:date "2023-02-28" .
            """);
        Assert.Equal(["<http://example.org/a>", "<http://example.org/c>"], report.Results.Select(r => r.FocusNode.ToString()));
        Assert.Contains("is not a valid", report.Results[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SequenceAndAlternativePaths()
    {
        var report = Turtle.Validate("""
            ex:S sh:targetNode ex:a ;
                sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 2 ] ;
                sh:property [ sh:path [ sh:alternativePath ( ex:p ex:r ) ] ; sh:maxCount 2 ] .
            """, """
            ex:a ex:p ex:b, ex:c ; ex:r ex:d . ex:b ex:q ex:e . ex:c ex:q ex:e .
            """);
        Assert.Equal(["(<http://example.org/p>/<http://example.org/q>) MinCount", "(<http://example.org/p>|<http://example.org/r>) MaxCount"],
            report.Results.Select(r => $"{r.Path} {r.SourceConstraintComponent.Value[Sh.Namespace.Length..^"ConstraintComponent".Length]}"));
    }

    [Fact]
    public void ShapeMessageAndDeactivation()
    {
        var report = Turtle.Validate("""
            ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message "needs a p" ] .
            ex:T sh:targetNode ex:a ; sh:deactivated true ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .
            """, "ex:a ex:r ex:b .");
        var result = Assert.Single(report.Results);
        Assert.StartsWith("needs a p", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedShapesAreRejected()
    {
        Assert.Throws<ShaclException>(() => ShapesGraph.FromQuads(Turtle.Parse("ex:S sh:targetNode ex:a ; sh:minCount \"many\" .")));
        Assert.Throws<ShaclException>(() => ShapesGraph.FromQuads(Turtle.Parse("ex:S sh:targetNode ex:a ; sh:property [ sh:path \"p\" ] .")));
    }
}
