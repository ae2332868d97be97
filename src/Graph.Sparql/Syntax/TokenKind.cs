namespace Graph.Sparql.Syntax;

/// <summary>Terminals of the SPARQL 1.1 grammar (§19.8). Keywords are <see cref="Name"/> tokens, matched case-insensitively by the parser.</summary>
internal enum TokenKind
{
    End,
    IriRef,
    PrefixedName,
    BlankNodeLabel,
    Var,
    LangTag,
    Integer,
    Decimal,
    Double,
    String,
    Name,
    Punct,
}
