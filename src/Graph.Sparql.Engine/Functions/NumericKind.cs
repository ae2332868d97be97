namespace Graph.Sparql.Engine.Functions;

/// <summary>The XPath numeric types in promotion order (XPath 2.0 §B.1): integer → decimal → float → double.</summary>
public enum NumericKind : byte
{
    Integer = 0,
    Decimal = 1,
    Float = 2,
    Double = 3,
}
