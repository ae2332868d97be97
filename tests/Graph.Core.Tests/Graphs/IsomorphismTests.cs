using Graph.Core.Graphs;
using Graph.Core.Terms;

namespace Graph.Core.Tests.Graphs;

public class IsomorphismTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri Q = new("http://example.org/q");

    private static BlankNode B(string l) => new(l);

    [Fact]
    public void RenamedBlankNodesAreIsomorphic()
    {
        Quad[] a = [new(B("x"), P, B("y")), new(B("y"), Q, Literal.String("v"))];
        Quad[] b = [new(B("n2"), Q, Literal.String("v")), new(B("n1"), P, B("n2"))];
        Assert.True(Isomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void DifferentStructureIsNotIsomorphic()
    {
        Quad[] a = [new(B("x"), P, B("y")), new(B("y"), P, B("x"))];
        Quad[] b = [new(B("x"), P, B("y")), new(B("y"), P, B("y"))];
        Assert.False(Isomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void SymmetricCyclesNeedBacktracking()
    {
        // Two 3-cycles versus one 6-cycle: refinement alone gives every node the same colour.
        Quad[] twoTriangles =
        [
            new(B("a"), P, B("b")), new(B("b"), P, B("c")), new(B("c"), P, B("a")),
            new(B("d"), P, B("e")), new(B("e"), P, B("f")), new(B("f"), P, B("d")),
        ];
        Quad[] hexagon =
        [
            new(B("1"), P, B("2")), new(B("2"), P, B("3")), new(B("3"), P, B("4")),
            new(B("4"), P, B("5")), new(B("5"), P, B("6")), new(B("6"), P, B("1")),
        ];
        var renamed = twoTriangles.Select(q => new Quad(B("r" + ((BlankNode)q.Subject).Label), P, B("r" + ((BlankNode)q.Object).Label))).Reverse();
        Assert.False(Isomorphism.AreIsomorphic(twoTriangles, hexagon));
        Assert.True(Isomorphism.AreIsomorphic(twoTriangles, renamed));
    }

    [Fact]
    public void GraphNamesTakePart()
    {
        Quad[] a = [new(B("x"), P, Literal.String("v"), new Iri("http://g/1"))];
        Quad[] b = [new(B("y"), P, Literal.String("v"), new Iri("http://g/2"))];
        Assert.False(Isomorphism.AreIsomorphic(a, b));
        Quad[] c = [new(B("s"), P, Literal.String("v"), B("g"))];
        Quad[] d = [new(B("t"), P, Literal.String("v"), B("h"))];
        Assert.True(Isomorphism.AreIsomorphic(c, d));
    }

    [Fact]
    public void LanguageTagsCompareCaseInsensitively() =>
        Assert.Equal(Literal.LangString("x", "en-US"), Literal.LangString("x", "en-us"));
}
