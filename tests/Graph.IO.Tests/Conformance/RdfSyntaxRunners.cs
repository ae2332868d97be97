using Graph.Core.Diagnostics;
using static Graph.IO.Tests.Conformance.W3cManifest;

namespace Graph.IO.Tests.Conformance;

/// <summary>
/// Runners for the RDF 1.1 syntax test types: positive and negative syntax tests (must parse / must be rejected) and
/// evaluation tests (the parsed action must be isomorphic to the N-Triples / N-Quads result). Formats whose reader is
/// not registered in <see cref="RdfSyntaxes"/> yet are skipped with a reason.
/// </summary>
public sealed class RdfSyntaxRunners : IW3cTestRunners
{
    public IEnumerable<KeyValuePair<string, W3cTestRunner>> Runners =>
    [
        new(Rdft + "TestNTriplesPositiveSyntax", e => PositiveSyntax(e, RdfFormat.NTriples)),
        new(Rdft + "TestNTriplesNegativeSyntax", e => NegativeSyntax(e, RdfFormat.NTriples)),
        new(Rdft + "TestNQuadsPositiveSyntax", e => PositiveSyntax(e, RdfFormat.NQuads)),
        new(Rdft + "TestNQuadsNegativeSyntax", e => NegativeSyntax(e, RdfFormat.NQuads)),
        new(Rdft + "TestTurtlePositiveSyntax", e => PositiveSyntax(e, RdfFormat.Turtle)),
        new(Rdft + "TestTurtleNegativeSyntax", e => NegativeSyntax(e, RdfFormat.Turtle)),
        new(Rdft + "TestTurtleEval", e => Eval(e, RdfFormat.Turtle)),
        new(Rdft + "TestTrigPositiveSyntax", e => PositiveSyntax(e, RdfFormat.TriG)),
        new(Rdft + "TestTrigNegativeSyntax", e => NegativeSyntax(e, RdfFormat.TriG)),
        new(Rdft + "TestTrigEval", e => Eval(e, RdfFormat.TriG)),
        new(Rdft + "TestXMLNegativeSyntax", e => NegativeSyntax(e, RdfFormat.RdfXml)),
        new(Rdft + "TestXMLEval", e => Eval(e, RdfFormat.RdfXml)),
        new(Mf + "PositiveEntailmentTest", _ => Assert.Skip("entailment not in scope (RDF 1.1 Semantics tests; Graph implements no entailment regime)")),
        new(Mf + "NegativeEntailmentTest", _ => Assert.Skip("entailment not in scope (RDF 1.1 Semantics tests; Graph implements no entailment regime)")),
    ];

    public static void PositiveSyntax(W3cTestEntry entry, RdfFormat format)
    {
        var reader = ReaderOrSkip(format);
        try
        {
            RdfTestSuite.Parse(reader, entry.ActionPath, entry.BaseIri);
        }
        catch (RdfSyntaxException e)
        {
            Assert.Fail($"{entry.Id}: expected to parse, but:\n{e.Message}");
        }
    }

    public static void NegativeSyntax(W3cTestEntry entry, RdfFormat format)
    {
        var reader = ReaderOrSkip(format);
        List<Graph.Core.Terms.Quad> quads;
        try
        {
            quads = RdfTestSuite.Parse(reader, entry.ActionPath, entry.BaseIri);
        }
        catch (RdfSyntaxException)
        {
            return;
        }
        Assert.Fail($"{entry.Id}: expected a syntax error, but it parsed as:\n{RdfTestSuite.SortedNQuads(quads)}");
    }

    public static void Eval(W3cTestEntry entry, RdfFormat format)
    {
        var reader = ReaderOrSkip(format);
        Assert.NotNull(entry.ResultPath);
        List<Graph.Core.Terms.Quad> actual;
        try
        {
            actual = RdfTestSuite.Parse(reader, entry.ActionPath, entry.BaseIri);
        }
        catch (RdfSyntaxException e)
        {
            Assert.Fail($"{entry.Id}: expected to parse, but:\n{e.Message}");
            return;
        }
        var resultFormat = entry.ResultFormat ?? RdfFormat.NTriples;
        var expected = RdfTestSuite.Parse(RdfSyntaxes.CreateReader(resultFormat), entry.ResultPath, entry.BaseIri);
        RdfTestSuite.AssertIsomorphic(expected, actual, entry.Id);
    }

    private static IRdfReader ReaderOrSkip(RdfFormat format)
    {
        try
        {
            return RdfSyntaxes.CreateReader(format);
        }
        catch (NotSupportedException)
        {
            Assert.Skip(format == RdfFormat.RdfXml
                ? "handled by RDF/XML reader (other work): no RDF/XML reader registered in RdfSyntaxes yet"
                : $"no {format.DisplayName} reader registered in RdfSyntaxes yet");
            throw;
        }
    }
}
