namespace Graph.Store;

/// <summary>
/// The first byte of a dictionary key: which kind of term the rest encodes. Simple and language-tagged literals get
/// their own tags so the common cases carry no datatype id.
/// </summary>
internal enum KeyTag : byte
{
    /// <summary>UTF-8 of the IRI.</summary>
    Iri = 0,

    /// <summary>UTF-8 of the label.</summary>
    BlankNode = 1,

    /// <summary><c>xsd:string</c> literal: UTF-8 of the lexical form.</summary>
    SimpleLiteral = 2,

    /// <summary><c>rdf:langString</c>: one length byte, the language tag, then the lexical form.</summary>
    LangLiteral = 3,

    /// <summary>Other datatypes: the datatype's term id (4 bytes, little endian), then the lexical form.</summary>
    TypedLiteral = 4,
}
