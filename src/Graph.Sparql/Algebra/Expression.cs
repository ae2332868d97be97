namespace Graph.Sparql.Algebra;

/// <summary>
/// A SPARQL expression (SPARQL 1.1 §17, §18.2.2.5 / grammar [110]–[127]). Closed hierarchy: <see cref="VariableExpression"/>,
/// <see cref="ConstantExpression"/>, <see cref="UnaryExpression"/>, <see cref="BinaryExpression"/>, <see cref="InExpression"/>,
/// <see cref="BuiltInCall"/>, <see cref="FunctionCall"/> (IRI functions, including XSD casts), <see cref="ExistsExpression"/>
/// and <see cref="AggregateExpression"/> (only before the builder replaces aggregates by variables).
/// </summary>
public abstract record Expression
{
    private protected Expression() { }

    /// <summary>The direct sub-expressions (not the pattern of EXISTS).</summary>
    public abstract IReadOnlyList<Expression> Arguments { get; }

    /// <summary>The expression with its arguments replaced (same count and order as <see cref="Arguments"/>).</summary>
    public abstract Expression WithArguments(IReadOnlyList<Expression> arguments);

    public string ToSse() => SseWriter.Write(this);

    /// <summary>The operands of a chain of <c>&amp;&amp;</c>, left to right (the expression itself when it is no conjunction).</summary>
    public IReadOnlyList<Expression> Conjuncts()
    {
        var list = new List<Expression>();
        void Walk(Expression x)
        {
            if (x is BinaryExpression { Operator: BinaryOperator.And } a) { Walk(a.Left); Walk(a.Right); }
            else list.Add(x);
        }
        Walk(this);
        return list;
    }

    public sealed override string ToString() => ToSse();
}
