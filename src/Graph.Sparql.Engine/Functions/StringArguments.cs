using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>The string-literal argument rules of SPARQL 1.1 §17.4.3 (string literals and argument compatibility).</summary>
public static class StringArguments
{
    /// <summary>True for simple literals, xsd:string and language-tagged literals.</summary>
    public static bool IsStringLiteral(Term? t) =>
        t is Literal l && (l.Language is not null || l.Datatype.Equals(Xsd.String));

    /// <summary>Two arguments are compatible when the second is simple/xsd:string, or both have the same language tag.</summary>
    public static bool AreCompatible(Literal a, Literal b) =>
        b.Language is null || (a.Language is not null && a.Language == b.Language);

    /// <summary>A result string carrying the first argument's language tag or xsd:string-ness.</summary>
    public static Literal Like(Literal template, string value) =>
        template.Language is not null ? new Literal(value, template.Language) : Literal.String(value);
}
