namespace Graph.Sparql.Algebra;

/// <summary>Binary operators of SPARQL 1.1 §17.3: logical, comparison and arithmetic.</summary>
public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
}
