namespace Graph.Sparql.Algebra;

/// <summary>Unary operators of SPARQL 1.1 §17.3: <c>!</c>, unary <c>+</c>, unary <c>-</c>.</summary>
public enum UnaryOperator
{
    Not,
    Plus,
    Minus,
}
