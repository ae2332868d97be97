using Graph.Core.Terms;

namespace Graph.Testing.W3c;

/// <summary>
/// One item of a manifest's <c>mf:entries</c> list, with the statements of its manifest so that each suite can read
/// the properties it cares about (action, result, data files, approval …).
/// </summary>
public sealed class ManifestEntry(Term node, Iri manifest, string manifestPath, ILookup<(Term, Term), Term> index)
{
    /// <summary>The entry's node (usually an IRI).</summary>
    public Term Node { get; } = node;

    /// <summary>The manifest document, as its published IRI.</summary>
    public Iri Manifest { get; } = manifest;

    public string ManifestPath { get; } = manifestPath;

    /// <summary>The entry's id: its IRI, or the manifest IRI with the node's label for blank entries.</summary>
    public string Id => Node is Iri i ? i.Value : Manifest.Value + "#" + Node;

    /// <summary>The objects of <paramref name="predicate"/> on <paramref name="subject"/> (default: this entry).</summary>
    public IEnumerable<Term> Objects(string predicate, Term? subject = null) => index[(subject ?? Node, new Iri(predicate))];

    public Term? Object(string predicate, Term? subject = null) => Objects(predicate, subject).FirstOrDefault();

    public Iri? IriOf(string predicate, Term? subject = null) => Object(predicate, subject) as Iri;

    public string? TextOf(string predicate, Term? subject = null) => (Object(predicate, subject) as Literal)?.LexicalForm;
}
