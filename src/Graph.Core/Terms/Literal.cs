using System.Globalization;
using Graph.Core.Vocabularies;

namespace Graph.Core.Terms;

/// <summary>
/// A literal (RDF 1.1 Concepts §3.3): a lexical form, a datatype IRI and, for <c>rdf:langString</c>, a language tag.
/// Language tags are stored in lower case (their value space), so <c>"a"@en-US</c> and <c>"a"@en-us</c> are one term.
/// </summary>
public sealed class Literal : Term
{
    public Literal(string lexicalForm, Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(datatype);
        LexicalForm = lexicalForm;
        Datatype = datatype;
    }

    public Literal(string lexicalForm, string language)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentException.ThrowIfNullOrEmpty(language);
        LexicalForm = lexicalForm;
        Language = language.ToLowerInvariant();
        Datatype = Rdf.LangString;
    }

    public string LexicalForm { get; }

    public Iri Datatype { get; }

    /// <summary>The language tag in lower case, or null when the literal is not a <c>rdf:langString</c>.</summary>
    public string? Language { get; }

    public override TermKind Kind => TermKind.Literal;

    /// <summary>True for <c>xsd:string</c> literals (RDF 1.1 "simple literals").</summary>
    public bool IsSimple => Language is null && Datatype.Equals(Xsd.String);

    public static Literal String(string value) => new(value, Xsd.String);

    public static Literal LangString(string value, string language) => new(value, language);

    public static Literal Typed(string lexicalForm, Iri datatype) => new(lexicalForm, datatype);

    public static Literal Integer(long value) => new(value.ToString(CultureInfo.InvariantCulture), Xsd.Integer);

    public static Literal Boolean(bool value) => new(value ? "true" : "false", Xsd.Boolean);

    public static Literal Date(DateOnly value) => new(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Xsd.Date);

    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) ||
        (other is Literal l
         && string.Equals(LexicalForm, l.LexicalForm, StringComparison.Ordinal)
         && Datatype.Equals(l.Datatype)
         && string.Equals(Language, l.Language, StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(
        string.GetHashCode(LexicalForm, StringComparison.Ordinal),
        Datatype.GetHashCode(),
        Language is null ? 0 : string.GetHashCode(Language, StringComparison.Ordinal));
}
