using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO;

/// <summary>
/// One RDF term as UTF-8 bytes, valid only during the <see cref="IUtf8QuadSink.OnQuad(in Utf8Quad)"/> call that carries
/// it: the value is already unescaped and validated (an absolute IRI, a blank node label, or a literal's lexical form).
/// A literal has either a lower-case <see cref="Language"/> or a <see cref="Datatype"/>; both empty means xsd:string.
/// </summary>
internal readonly ref struct Utf8Term(TermKind kind, ReadOnlySpan<byte> value, ReadOnlySpan<byte> language = default, ReadOnlySpan<byte> datatype = default)
{
    public TermKind Kind { get; } = kind;

    /// <summary>The IRI, the blank node's label (as <see cref="BlankNode.Label"/> would hold it), or the lexical form.</summary>
    public ReadOnlySpan<byte> Value { get; } = value;

    public ReadOnlySpan<byte> Language { get; } = language;

    /// <summary>The datatype IRI of a literal without a language; empty for xsd:string written without one.</summary>
    public ReadOnlySpan<byte> Datatype { get; } = datatype;

    /// <summary>The term as an object, for the rare consumer that needs one (errors, odd labels).</summary>
    public Term ToTerm() => Kind switch
    {
        TermKind.Iri => new Iri(Encoding.UTF8.GetString(Value)),
        TermKind.BlankNode => new BlankNode(Encoding.UTF8.GetString(Value)),
        TermKind.Literal when !Language.IsEmpty => new Literal(Encoding.UTF8.GetString(Value), Encoding.UTF8.GetString(Language)),
        TermKind.Literal => new Literal(Encoding.UTF8.GetString(Value), Datatype.IsEmpty ? Xsd.String : new Iri(Encoding.UTF8.GetString(Datatype))),
        _ => throw new System.Diagnostics.UnreachableException(Kind.ToString()),
    };
}
