using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Publishing.Descriptions;

/// <summary>A growing list of triples with the few literal shapes the descriptions need.</summary>
internal sealed class Statements
{
    public List<Quad> Quads { get; } = [];

    public void Add(Term s, Iri p, Term o) => Quads.Add(new Quad(s, p, o));

    public void Count(Term s, Iri p, long n) => Add(s, p, Literal.Integer(n));

    public void Date(Term s, Iri p, DateOnly? d)
    {
        if (d is { } date) Add(s, p, Literal.Date(date));
    }

    /// <summary>One language-tagged literal per entry, in tag order; an empty tag gives a plain string.</summary>
    public void Texts(Term s, Iri p, IReadOnlyDictionary<string, string> byLanguage)
    {
        foreach (var (lang, text) in byLanguage.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (!string.IsNullOrWhiteSpace(text))
                Add(s, p, lang.Length == 0 ? Literal.String(text) : Literal.LangString(text, lang));
    }

    public void Text(Term s, Iri p, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) Add(s, p, Literal.String(text));
    }

    public void Type(Term s, Iri type) => Add(s, Rdf.Type, type);
}
