namespace Graph.Core.Terms;

/// <summary>
/// A blank node (RDF 1.1 Concepts §3.4). The label identifies the node within one document or store;
/// readers scope labels per document so that two documents never share a node by accident.
/// </summary>
public sealed class BlankNode : Term
{
    private static long s_counter;

    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    public string Label { get; }

    public override TermKind Kind => TermKind.BlankNode;

    /// <summary>A blank node with a label unique in this process (for nodes that had no label in the source).</summary>
    public static BlankNode Fresh() => new("b" + Interlocked.Increment(ref s_counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is BlankNode b && string.Equals(Label, b.Label, StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(1, string.GetHashCode(Label, StringComparison.Ordinal));
}
