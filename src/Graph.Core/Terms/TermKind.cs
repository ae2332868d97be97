namespace Graph.Core.Terms;

/// <summary>The three kinds of RDF term, in canonical sort order.</summary>
public enum TermKind : byte
{
    Iri = 0,
    BlankNode = 1,
    Literal = 2,
}
