namespace Graph.Core.Terms;

/// <summary>
/// An RDF term: an <see cref="Iri"/>, a <see cref="BlankNode"/> or a <see cref="Literal"/>
/// (RDF 1.1 Concepts §3). Terms are immutable and compare by value.
/// </summary>
public abstract class Term : IEquatable<Term>, IComparable<Term>
{
    private protected Term() { }

    /// <summary>The kind of term, usable in switch expressions and as the primary sort key.</summary>
    public abstract TermKind Kind { get; }

    public bool IsIri => Kind == TermKind.Iri;
    public bool IsBlankNode => Kind == TermKind.BlankNode;
    public bool IsLiteral => Kind == TermKind.Literal;

    public abstract bool Equals(Term? other);

    public override bool Equals(object? obj) => obj is Term t && Equals(t);

    public abstract override int GetHashCode();

    /// <summary>
    /// Total order used for canonical output: IRIs, then blank nodes, then literals; within a kind,
    /// ordinal order of the lexical parts.
    /// </summary>
    public int CompareTo(Term? other) => TermComparer.Instance.Compare(this, other);

    /// <summary>The term in N-Triples syntax.</summary>
    public override string ToString() => NTriplesFormatter.Format(this);

    public static bool operator ==(Term? a, Term? b) => a is null ? b is null : a.Equals(b);

    public static bool operator !=(Term? a, Term? b) => !(a == b);
}
