namespace Graph.Sparql.Algebra;

/// <summary>
/// A property path expression (SPARQL 1.1 §9, §18.1.7): <see cref="PathLink"/>, <see cref="PathInverse"/>,
/// <see cref="PathSequence"/>, <see cref="PathAlternative"/>, <see cref="PathZeroOrMore"/>, <see cref="PathOneOrMore"/>,
/// <see cref="PathZeroOrOne"/> and <see cref="PathNegatedPropertySet"/>.
/// </summary>
public abstract record PropertyPath
{
    private protected PropertyPath() { }

    public string ToSse() => SseWriter.Write(this);

    public sealed override string ToString() => ToSse();
}
