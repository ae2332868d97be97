namespace Graph.IO.Turtle;

/// <summary>The terminals of Turtle and TriG (RDF 1.1), as the lexer delivers them.</summary>
internal enum TurtleTokenKind : byte
{
    EndOfInput,
    /// <summary>A lexical error: <see cref="TurtleToken.Message"/> says what was expected, at <see cref="TurtleToken.ErrorOffset"/>.</summary>
    Error,
    IriRef,
    /// <summary>PNAME_NS or PNAME_LN; <see cref="TurtleToken.Split"/> is the offset of the ':'.</summary>
    PrefixedName,
    BlankNodeLabel,
    /// <summary>'@' and letters: a LANGTAG, or the <c>@prefix</c> / <c>@base</c> keywords.</summary>
    LangTag,
    Integer,
    Decimal,
    Double,
    /// <summary>Any of the four string forms; <see cref="TurtleToken.Split"/> is the length of the quotes (1 or 3).</summary>
    String,
    /// <summary>A bare word: <c>a</c>, <c>true</c>, <c>false</c>, <c>PREFIX</c>, <c>BASE</c>, <c>GRAPH</c> (or a mistake).</summary>
    Name,
    Dot,
    Semicolon,
    Comma,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    OpenBrace,
    CloseBrace,
    DoubleCaret,
}
