using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Shacl.Constraints;

// Value type constraint components (https://www.w3.org/TR/shacl/#core-components-value-type).

/// <summary><c>sh:class</c>: each value is a SHACL instance of the class.</summary>
internal sealed record ClassConstraint(Term Class) : ValueConstraint
{
    public override string Component => "Class";

    protected override bool Accepts(DataGraph data, Term value) => !value.IsLiteral && data.IsInstanceOf(value, Class);

    protected override string Describe(Term value) => $"{value} is not an instance of {Class}";
}

/// <summary><c>sh:datatype</c>: each value is a well-formed literal of the datatype.</summary>
internal sealed record DatatypeConstraint(Iri Datatype) : ValueConstraint
{
    public override string Component => "Datatype";

    protected override bool Accepts(DataGraph data, Term value) =>
        value is Literal l && l.Datatype.Equals(Datatype) && IsWellFormed(l);

    protected override string Describe(Term value) => value is Literal l && l.Datatype.Equals(Datatype)
        ? $"{value} is not a valid {Datatype}"
        : $"{value} does not have datatype {Datatype}";

    // Only the datatypes the converter and its shapes use are checked for their lexical space.
    private static bool IsWellFormed(Literal l)
    {
        var s = l.LexicalForm;
        var dt = l.Datatype.Value;
        if (dt == Xsd.Integer.Value) return long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) || System.Numerics.BigInteger.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        if (dt == Xsd.Decimal.Value) return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
        if (dt == Xsd.Boolean.Value) return s is "true" or "false" or "1" or "0";
        if (dt == Xsd.Date.Value) return DateOnly.TryParseExact(s.Length > 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && (s.Length == 10 || IsTimezone(s[10..]));
        return true;
    }

    private static bool IsTimezone(string tz) => tz == "Z" || (tz.Length == 6 && (tz[0] == '+' || tz[0] == '-') && tz[3] == ':');
}

/// <summary><c>sh:nodeKind</c>: each value is of the node kind (<c>sh:IRI</c>, <c>sh:BlankNodeOrIRI</c>…).</summary>
internal sealed record NodeKindConstraint(Iri Kind) : ValueConstraint
{
    public override string Component => "NodeKind";

    protected override bool Accepts(DataGraph data, Term value)
    {
        var k = Kind.Value[Sh.Namespace.Length..];
        return value.Kind switch
        {
            TermKind.Iri => k is "IRI" or "BlankNodeOrIRI" or "IRIOrLiteral",
            TermKind.BlankNode => k is "BlankNode" or "BlankNodeOrIRI" or "BlankNodeOrLiteral",
            TermKind.Literal => k is "Literal" or "BlankNodeOrLiteral" or "IRIOrLiteral",
            _ => throw new System.Diagnostics.UnreachableException(value.Kind.ToString()),
        };
    }

    protected override string Describe(Term value) => $"{value} is not of node kind {Kind}";
}
