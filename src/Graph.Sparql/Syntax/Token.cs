namespace Graph.Sparql.Syntax;

/// <summary>A token: its kind, where it is in the text (offset, length in UTF-16 units; line, column in code points).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, int Line, int Column)
{
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    public string Text(string text) => text.Substring(Start, Length);
}
