using System.Buffers.Binary;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Store;

public sealed partial class TermDictionary
{
    /// <summary>The term with this id, rebuilt from its key (allocates; call at the edges, e.g. in writers).</summary>
    public Term Decode(int id)
    {
        var key = KeyOf(id);
        return (KeyTag)key[0] switch
        {
            KeyTag.Iri => new Iri(s_utf8.GetString(key[1..])),
            KeyTag.BlankNode => new BlankNode(s_utf8.GetString(key[1..])),
            KeyTag.SimpleLiteral => new Literal(s_utf8.GetString(key[1..]), Xsd.String),
            KeyTag.LangLiteral => new Literal(s_utf8.GetString(key[(2 + key[1])..]), s_utf8.GetString(key.Slice(2, key[1]))),
            KeyTag.TypedLiteral => new Literal(s_utf8.GetString(key[5..]), (Iri)Decode(BinaryPrimitives.ReadInt32LittleEndian(key[1..]))),
            var tag => throw new System.Diagnostics.UnreachableException(tag.ToString()),
        };
    }

    /// <summary>The kind of the term with this id, without decoding it.</summary>
    public TermKind GetKind(int id) => (KeyTag)KeyOf(id)[0] switch
    {
        KeyTag.Iri => TermKind.Iri,
        KeyTag.BlankNode => TermKind.BlankNode,
        KeyTag.SimpleLiteral or KeyTag.LangLiteral or KeyTag.TypedLiteral => TermKind.Literal,
        var tag => throw new System.Diagnostics.UnreachableException(tag.ToString()),
    };

    /// <summary>
    /// The UTF-8 bytes of the IRI, blank node label or literal lexical form with this id (no allocation; the span is
    /// valid as long as the dictionary lives).
    /// </summary>
    public ReadOnlySpan<byte> GetValueUtf8(int id)
    {
        var key = KeyOf(id);
        return (KeyTag)key[0] switch
        {
            KeyTag.Iri or KeyTag.BlankNode or KeyTag.SimpleLiteral => key[1..],
            KeyTag.LangLiteral => key[(2 + key[1])..],
            KeyTag.TypedLiteral => key[5..],
            var tag => throw new System.Diagnostics.UnreachableException(tag.ToString()),
        };
    }

    /// <summary>
    /// The id of a literal's datatype IRI, or 0 for <c>xsd:string</c> and <c>rdf:langString</c> literals (whose
    /// datatype need not be in the dictionary) and for non-literals.
    /// </summary>
    public int GetDatatypeId(int id)
    {
        var key = KeyOf(id);
        return (KeyTag)key[0] == KeyTag.TypedLiteral ? BinaryPrimitives.ReadInt32LittleEndian(key[1..]) : 0;
    }
}
