namespace Graph.Core.Terms;

/// <summary>An IRI (RDF 1.1 Concepts §3.2). The value is stored as given: resolution happens in the readers.</summary>
public sealed class Iri : Term
{
    public Iri(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public override TermKind Kind => TermKind.Iri;

    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is Iri i && string.Equals(Value, i.Value, StringComparison.Ordinal));

    public override int GetHashCode() => string.GetHashCode(Value, StringComparison.Ordinal);

    public static implicit operator string(Iri iri) => iri.Value;
}
