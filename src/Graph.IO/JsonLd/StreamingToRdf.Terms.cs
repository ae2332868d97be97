using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

internal sealed partial class StreamingToRdf
{
    /// <summary>A document-relative IRI or blank node (an <c>@id</c> value); null when not well-formed (the statement is dropped).</summary>
    private Term? Id(string value)
    {
        if (_ids.TryGetValue(value, out var term)) return term;
        term = ToTerm(IriExpansion.Expand(_context, value, true, false));
        _ids[value] = term;
        return term;
    }

    /// <summary>A vocabulary-relative IRI (a <c>@type</c> value or a <c>"@type": "@vocab"</c> term value).</summary>
    private Term? VocabId(string value)
    {
        if (_vocabIds.TryGetValue(value, out var term)) return term;
        term = ToTerm(IriExpansion.Expand(_context, value, true, true));
        _vocabIds[value] = term;
        return term;
    }

    private Term? ToTerm(string? expanded)
    {
        if (expanded is null) return null;
        if (expanded.StartsWith("_:", StringComparison.Ordinal))
        {
            if (!_blankNodes.TryGetValue(expanded, out var b)) _blankNodes[expanded] = b = new BlankNode(blankNodePrefix + expanded[2..]);
            return b;
        }
        if (Keywords.IsKeyword(expanded)) throw new GiveUp();
        return ContextProcessor.IsWellFormedIri(expanded) ? new Iri(expanded) : null;
    }

    private BlankNode Fresh() => new(blankNodePrefix + "-" + (_fresh++).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Literal? TypedLiteral(string lexical, string datatype) =>
        ContextProcessor.IsWellFormedIri(datatype) ? Literal(lexical, datatype) : null;

    private static Literal? LanguageLiteral(string s, string? language)
    {
        if (language is null) return global::Graph.Core.Terms.Literal.String(s);
        return RdfDeserializer.IsWellFormedLanguage(language) ? new Literal(s, language) : null;
    }

    private readonly Dictionary<string, Iri> _datatypes = new(StringComparer.Ordinal) { [Xsd.String.Value] = Xsd.String };

    private Literal Literal(string lexical, string datatype)
    {
        if (!_datatypes.TryGetValue(datatype, out var iri)) _datatypes[datatype] = iri = new Iri(datatype);
        return new Literal(lexical, iri);
    }
}
