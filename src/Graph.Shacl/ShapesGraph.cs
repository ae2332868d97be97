using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Shacl.Constraints;
using Graph.Shacl.Paths;

namespace Graph.Shacl;

/// <summary>
/// The shapes of a shapes graph, read from its quads (https://www.w3.org/TR/shacl/#shapes-graph): every node shape
/// (typed <c>sh:NodeShape</c> or with a target) and the property shapes reached through <c>sh:property</c>, with the
/// SHACL Core components the validator supports: targets, paths (predicate, inverse, sequence, alternative, repeats),
/// <c>minCount</c>, <c>maxCount</c>, <c>datatype</c>, <c>class</c>, <c>nodeKind</c>, <c>pattern</c>/<c>flags</c>, <c>in</c>,
/// <c>languageIn</c>, <c>uniqueLang</c>, <c>minLength</c>, <c>maxLength</c>, <c>hasValue</c>.
/// </summary>
public sealed class ShapesGraph
{
    private readonly DataGraph _g;
    private readonly Dictionary<Term, Shape> _built = [];

    private ShapesGraph(IEnumerable<Quad> quads)
    {
        _g = new DataGraph(quads);
        var roots = new List<Term>();
        var seen = new HashSet<Term>();
        void Root(Term t) { if (seen.Add(t)) roots.Add(t); }
        foreach (var t in _g.InstancesOf(Sh.NodeShape)) Root(t);
        foreach (var p in new[] { Sh.TargetClass, ShaclTerms.TargetNode, ShaclTerms.TargetSubjectsOf, ShaclTerms.TargetObjectsOf })
            foreach (var t in _g.SubjectsOf(p)) Root(t);
        // A property shape typed as such but never referenced may still have targets; those were added above.
        Shapes = roots.OrderBy(t => t, TermComparer.Instance).Select(Build).ToList();
    }

    /// <summary>The shapes with targets or typed <c>sh:NodeShape</c>, in term order.</summary>
    internal IReadOnlyList<Shape> Shapes { get; }

    /// <summary>Number of top-level shapes.</summary>
    public int Count => Shapes.Count;

    /// <summary>Reads the shapes of a shapes graph. Throws <see cref="ShaclException"/> when a shape is malformed.</summary>
    public static ShapesGraph FromQuads(IEnumerable<Quad> quads) => new(quads);

    private Shape Build(Term id)
    {
        if (_built.TryGetValue(id, out var done)) return done;
        var pathNode = One(id, Sh.Path);
        var path = pathNode is null ? null : ReadPath(pathNode, 0);
        var targets = new List<Target>();
        foreach (var c in _g.Objects(id, Sh.TargetClass)) targets.Add(new(TargetKind.Class, c));
        foreach (var n in _g.Objects(id, ShaclTerms.TargetNode)) targets.Add(new(TargetKind.Node, n));
        foreach (var p in _g.Objects(id, ShaclTerms.TargetSubjectsOf)) targets.Add(new(TargetKind.SubjectsOf, p));
        foreach (var p in _g.Objects(id, ShaclTerms.TargetObjectsOf)) targets.Add(new(TargetKind.ObjectsOf, p));
        // Implicit class target: a shape that is also an rdfs:Class targets its instances.
        if (_g.IsInstanceOf(id, Rdfs.Class)) targets.Add(new(TargetKind.Class, id));

        var shape = new Shape(id, path, targets, ReadConstraints(id), [], (One(id, Sh.Severity) as Iri) ?? ShaclTerms.Violation,
            _g.Objects(id, Sh.Message).OfType<Literal>().Select(l => l.LexicalForm).ToList(),
            One(id, ShaclTerms.Deactivated) is Literal { LexicalForm: "true" or "1" });
        _built[id] = shape;
        var properties = _g.Objects(id, Sh.Property).Select(Build).ToList();
        shape = shape with { Properties = properties };
        _built[id] = shape;
        return shape;
    }

    private List<Constraint> ReadConstraints(Term id)
    {
        var list = new List<Constraint>();
        foreach (var v in _g.Objects(id, Sh.Class)) list.Add(new ClassConstraint(v));
        foreach (var v in _g.Objects(id, Sh.Datatype)) list.Add(new DatatypeConstraint(AsIri(v, "sh:datatype")));
        foreach (var v in _g.Objects(id, Sh.NodeKind)) list.Add(new NodeKindConstraint(AsIri(v, "sh:nodeKind")));
        foreach (var v in _g.Objects(id, Sh.MinCount)) list.Add(new MinCountConstraint(AsInt(v, "sh:minCount")));
        foreach (var v in _g.Objects(id, Sh.MaxCount)) list.Add(new MaxCountConstraint(AsInt(v, "sh:maxCount")));
        foreach (var v in _g.Objects(id, ShaclTerms.MinLength)) list.Add(new MinLengthConstraint(AsInt(v, "sh:minLength")));
        foreach (var v in _g.Objects(id, ShaclTerms.MaxLength)) list.Add(new MaxLengthConstraint(AsInt(v, "sh:maxLength")));
        var flags = (One(id, ShaclTerms.Flags) as Literal)?.LexicalForm;
        foreach (var v in _g.Objects(id, Sh.Pattern))
            list.Add(new PatternConstraint(v is Literal l ? l.LexicalForm : throw new ShaclException($"sh:pattern of {id} is not a literal"), flags));
        foreach (var v in _g.Objects(id, Sh.In)) list.Add(new InConstraint(ReadList(v)));
        foreach (var v in _g.Objects(id, Sh.LanguageIn))
            list.Add(new LanguageInConstraint(ReadList(v).Select(t => t is Literal l ? l.LexicalForm : throw new ShaclException($"sh:languageIn of {id} lists a non-literal")).ToList()));
        foreach (var v in _g.Objects(id, Sh.UniqueLang))
            if (v is Literal { LexicalForm: "true" or "1" }) list.Add(new UniqueLangConstraint());
        foreach (var v in _g.Objects(id, ShaclTerms.HasValue)) list.Add(new HasValueConstraint(v));
        foreach (var v in _g.Objects(id, ShaclTerms.Or))
        {
            var shapes = ReadList(v);
            foreach (var member in shapes)
                if (_g.Objects(member, Sh.Property).Count > 0 || One(member, Sh.Path) is not null)
                    throw new ShaclException($"sh:or of {id}: member {member} has property shapes, which this validator does not read inside sh:or");
            list.Add(new OrConstraint(shapes, shapes.Select(m => (IReadOnlyList<Constraint>)ReadConstraints(m)).ToList()));
        }
        return list;
    }

    // [SHACL §2.3.1] A path is an IRI, a list (sequence), or a blank node with exactly one of the path properties.
    private ShapePath ReadPath(Term node, int depth)
    {
        if (depth > 32) throw new ShaclException("sh:path nests too deeply (a cycle?)");
        if (node is Iri iri && !iri.Equals(Rdf.Nil)) return new PredicatePath(iri);
        if (node is Literal) throw new ShaclException($"sh:path value {node} is a literal");
        if (_g.Objects(node, Rdf.First).Count > 0) return new SequencePath(ReadList(node).Select(n => ReadPath(n, depth + 1)).ToList());
        if (One(node, ShaclTerms.InversePath) is { } inv) return new InversePath(ReadPath(inv, depth + 1));
        if (One(node, ShaclTerms.AlternativePath) is { } alt) return new AlternativePath(ReadList(alt).Select(n => ReadPath(n, depth + 1)).ToList());
        if (One(node, ShaclTerms.ZeroOrMorePath) is { } zm) return new RepeatPath(ReadPath(zm, depth + 1), true, true);
        if (One(node, ShaclTerms.OneOrMorePath) is { } om) return new RepeatPath(ReadPath(om, depth + 1), false, true);
        if (One(node, ShaclTerms.ZeroOrOnePath) is { } zo) return new RepeatPath(ReadPath(zo, depth + 1), true, false);
        throw new ShaclException($"{node} is not a well-formed SHACL path");
    }

    private List<Term> ReadList(Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        for (var n = head; !n.Equals(Rdf.Nil);)
        {
            if (!seen.Add(n)) throw new ShaclException($"the RDF list at {head} is cyclic");
            var first = One(n, Rdf.First) ?? throw new ShaclException($"{n} is not an RDF list node (no rdf:first)");
            items.Add(first);
            n = One(n, Rdf.Rest) ?? throw new ShaclException($"{n} is not an RDF list node (no rdf:rest)");
        }
        return items;
    }

    private Term? One(Term s, Iri p) => _g.Objects(s, p) is { Count: > 0 } l ? l[0] : null;

    private static Iri AsIri(Term t, string what) => t as Iri ?? throw new ShaclException($"{what} value {t} is not an IRI");

    private static int AsInt(Term t, string what) =>
        t is Literal l && int.TryParse(l.LexicalForm, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw new ShaclException($"{what} value {t} is not a non-negative integer");
}
