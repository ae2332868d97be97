using Graph.Core.Graphs;
using Graph.Core.Terms;

namespace Graph.Core.Tests.Graphs;

public class CanonicalLabelingTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri Q = new("http://example.org/q");

    private static BlankNode B(string l) => new(l);

    private static string Canonical(IEnumerable<Quad> quads)
    {
        var list = CanonicalLabeling.Relabel(quads);
        list.Sort(QuadComparer.Instance);
        return string.Join("\n", list);
    }

    /// <summary>The same quads with every label renamed and the order shuffled (deterministically per seed).</summary>
    private static List<Quad> Scramble(IEnumerable<Quad> quads, int seed)
    {
        var rename = new Dictionary<BlankNode, BlankNode>();
        Term Map(Term t) => t is BlankNode b
            ? rename.TryGetValue(b, out var r) ? r : rename[b] = B("z" + seed + "_" + rename.Count * 7919 % 1000)
            : t;
        var list = quads.Select(q => new Quad(Map(q.Subject), Map(q.Predicate), Map(q.Object), q.Graph is null ? null : Map(q.Graph))).ToList();
        var random = new Random(seed);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }

    public static TheoryData<string> Shapes => ["chain", "star", "symmetric-pair", "two-triangles", "hexagon", "lists", "graphs", "k33", "cube"];

    private static Quad[] Symmetric(params (string, string)[] edges) =>
        [.. edges.SelectMany(e => new Quad[] { new(B(e.Item1), P, B(e.Item2)), new(B(e.Item2), P, B(e.Item1)) })];

    private static Quad[] Shape(string name) => name switch
    {
        "chain" => [new(B("a"), P, B("b")), new(B("b"), P, B("c")), new(B("c"), Q, Literal.String("end"))],
        "star" => [new(B("h"), P, B("x")), new(B("h"), P, B("y")), new(B("h"), P, B("z")), new(B("x"), Q, Literal.String("1"))],
        "symmetric-pair" => [new(B("s"), P, B("x")), new(B("s"), P, B("y")), new(B("x"), Q, Literal.String("v")), new(B("y"), Q, Literal.String("v"))],
        "two-triangles" =>
        [
            new(B("a"), P, B("b")), new(B("b"), P, B("c")), new(B("c"), P, B("a")),
            new(B("d"), P, B("e")), new(B("e"), P, B("f")), new(B("f"), P, B("d")),
        ],
        "hexagon" =>
        [
            new(B("1"), P, B("2")), new(B("2"), P, B("3")), new(B("3"), P, B("4")),
            new(B("4"), P, B("5")), new(B("5"), P, B("6")), new(B("6"), P, B("1")),
        ],
        "lists" =>
        [
            new(new Iri("http://example.org/s"), P, B("l1")),
            new(B("l1"), Vocabularies.Rdf.First, Literal.Integer(1)), new(B("l1"), Vocabularies.Rdf.Rest, B("l2")),
            new(B("l2"), Vocabularies.Rdf.First, Literal.Integer(2)), new(B("l2"), Vocabularies.Rdf.Rest, Vocabularies.Rdf.Nil),
            new(B("e1"), P, Literal.String("same")), new(B("e2"), P, Literal.String("same")),
        ],
        "graphs" =>
        [
            new(B("s"), P, B("o"), B("g")), new(B("o"), P, B("s"), B("g")),
            new(B("s"), Q, Literal.String("x"), new Iri("http://example.org/g")),
        ],
        // Vertex-transitive graphs: refinement alone leaves one class, only individualisation splits them.
        "k33" => [.. from a in new[] { "a1", "a2", "a3" } from b in new[] { "b1", "b2", "b3" } select new Quad(B(a), P, B(b))],
        "cube" => Symmetric(("000", "001"), ("000", "010"), ("000", "100"), ("011", "001"), ("011", "010"), ("011", "111"),
            ("101", "001"), ("101", "100"), ("101", "111"), ("110", "010"), ("110", "100"), ("110", "111")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void LabelsIgnoreInputLabelsAndOrder(string shape)
    {
        var original = Shape(shape);
        var expected = Canonical(original);
        for (var seed = 1; seed <= 8; seed++) Assert.Equal(expected, Canonical(Scramble(original, seed)));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void RelabelledGraphIsIsomorphicToTheInput(string shape)
    {
        var original = Shape(shape);
        Assert.True(Isomorphism.AreIsomorphic(original, CanonicalLabeling.Relabel(original)));
    }

    [Fact]
    public void NonIsomorphicGraphsGetDifferentForms() =>
        Assert.NotEqual(Canonical(Shape("two-triangles")), Canonical(Shape("hexagon")));

    [Fact]
    public void LabelsAreDenseAndSequential()
    {
        var labels = CanonicalLabeling.Compute(Shape("chain"));
        Assert.Equal(["b0", "b1", "b2"], labels.Values.Select(b => b.Label).Order());
    }

    [Fact]
    public void GroundQuadsAreKeptAndDuplicatesDropped()
    {
        var s = new Iri("http://example.org/s");
        Quad[] quads = [new(s, P, Literal.String("x")), new(s, P, Literal.String("x")), new(B("q"), P, s)];
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"x\" .\n_:b0 <http://example.org/p> <http://example.org/s> .", Canonical(quads));
    }

    [Fact]
    public void ManyIdenticalComponentsStayCheap()
    {
        // 5,000 indistinguishable one-node components: labelling must not search over their permutations.
        var quads = Enumerable.Range(0, 5000).Select(i => new Quad(B("n" + i), P, Literal.String("same"))).ToList();
        var labels = CanonicalLabeling.Compute(quads);
        Assert.Equal(5000, labels.Values.Distinct().Count());
    }

    [Fact]
    public void RelabelOrSelfHandsBackASetWithoutBlankNodesAndRelabelsOneWithThem()
    {
        var ground = new HashSet<Quad> { new(P, Q, Literal.String("x")), new(Q, P, P) };
        Assert.Same(ground, CanonicalLabeling.RelabelOrSelf(ground));

        var withBlank = new HashSet<Quad> { new(P, Q, Literal.String("x")), new(B("zz"), P, Q) };
        var relabelled = CanonicalLabeling.RelabelOrSelf(withBlank);
        Assert.NotSame(withBlank, relabelled);
        Assert.Equal(CanonicalLabeling.Relabel(withBlank).OrderBy(q => q, QuadComparer.Instance), relabelled.OrderBy(q => q, QuadComparer.Instance));
        Assert.DoesNotContain(relabelled, q => q.Subject is BlankNode { Label: "zz" });
    }
}
