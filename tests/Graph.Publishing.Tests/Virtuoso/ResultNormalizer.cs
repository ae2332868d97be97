using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Publishing.Tests.Virtuoso;

/// <summary>
/// Turns result rows into comparable strings, so our engine's results and Virtuoso's compare as multisets. The
/// normalisation covers what Virtuoso changes without changing the value: <c>xsd:string</c> literals come back plain;
/// numbers come back in Virtuoso's own type (<c>xsd:int</c> for a COUNT, <c>xsd:integer</c> ours) and lexical form, so
/// numeric literals compare by decimal value; <c>xsd:dateTime</c> comes back in another lexical form (fractional seconds,
/// offset), so date-times compare as instants in UTC; language tags compare lower-cased. Everything else is exact.
/// </summary>
internal static class ResultNormalizer
{
    private static readonly HashSet<string> s_numeric = new(StringComparer.Ordinal)
    {
        Xsd.Namespace + "integer", Xsd.Namespace + "int", Xsd.Namespace + "long", Xsd.Namespace + "short",
        Xsd.Namespace + "decimal", Xsd.Namespace + "double", Xsd.Namespace + "float", Xsd.Namespace + "nonNegativeInteger",
    };

    public static List<string> Rows(IReadOnlyList<string> variables, IEnumerable<IReadOnlyList<Term?>> rows) =>
        rows.Select(r => string.Join(" | ", variables.Select((v, i) => v + "=" + Term(r[i])))).Order(StringComparer.Ordinal).ToList();

    public static string Term(Term? term) => term switch
    {
        null => "UNBOUND",
        Iri i => "<" + i.Value + ">",
        BlankNode => "_:blank",
        Literal { Language: { } lang } l => Quote(l.LexicalForm) + "@" + lang.ToLowerInvariant(),
        Literal l when l.Datatype.Equals(Xsd.String) => Quote(l.LexicalForm),
        Literal l when s_numeric.Contains(l.Datatype.Value) && decimal.TryParse(l.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) =>
            "number:" + d.ToString("G29", CultureInfo.InvariantCulture),
        Literal l when l.Datatype.Equals(Xsd.DateTime) && DateTimeOffset.TryParse(l.LexicalForm, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) =>
            "dateTime:" + t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Literal l => Quote(l.LexicalForm) + "^^<" + l.Datatype.Value + ">",
        _ => throw new System.Diagnostics.UnreachableException(term.GetType().Name),
    };

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
