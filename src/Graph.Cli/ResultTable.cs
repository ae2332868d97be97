using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Cli;

/// <summary>
/// Renders SELECT and ASK results as an aligned plain-text table for a terminal: IRIs shortened with the query's
/// prefixes, literals in their Turtle form (numbers and booleans bare), unbound cells empty. Deterministic output;
/// machines should ask for json, csv or tsv instead.
/// </summary>
internal sealed class ResultTable(IReadOnlyDictionary<string, string> prefixes)
{
    // Longest namespace first, so that a prefix for a sub-namespace wins over its parent's.
    private readonly KeyValuePair<string, string>[] _prefixes = prefixes
        .OrderByDescending(p => p.Value.Length).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();

    public string Render(IReadOnlyList<string> variables, IReadOnlyList<Term?[]> rows)
    {
        var cells = rows.Select(row => row.Select(t => t is null ? "" : Format(t)).ToArray()).ToList();
        var widths = variables.Select((v, i) => Math.Max(v.Length + 1, cells.Count == 0 ? 0 : cells.Max(c => Width(c[i])))).ToArray();

        var sb = new StringBuilder();
        AppendRow(sb, variables.Select(v => "?" + v).ToArray(), widths);
        sb.Append('|');
        foreach (var w in widths) sb.Append('-', w + 2).Append('|');
        sb.Append('\n');
        foreach (var row in cells) AppendRow(sb, row, widths);
        sb.Append(rows.Count == 1 ? "1 row" : $"{rows.Count} rows").Append('\n');
        return sb.ToString();
    }

    public static string RenderBoolean(bool value) => value ? "true\n" : "false\n";

    public string Format(Term term) => term switch
    {
        Iri iri => FormatIri(iri.Value),
        BlankNode => NTriplesFormatter.Format(term),
        Literal { Language: not null } or Literal { IsSimple: true } => Escape(term),
        Literal l when IsBare(l) => l.LexicalForm,
        Literal l => Escape(new Literal(l.LexicalForm, Xsd.String)) + "^^" + FormatIri(l.Datatype.Value),
        _ => throw new InvalidOperationException($"Unexpected term kind {term.Kind}."),
    };

    private static string Escape(Term literal) => NTriplesFormatter.Format(literal);

    // Numbers and booleans read the same bare in Turtle, when the lexical form is one Turtle would accept bare.
    private static bool IsBare(Literal l) =>
        (l.Datatype.Equals(Xsd.Integer) || l.Datatype.Equals(Xsd.Decimal) || l.Datatype.Equals(Xsd.Boolean))
        && l.LexicalForm.Length > 0
        && l.LexicalForm.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' || char.IsAsciiLetterLower(c))
        && (!l.Datatype.Equals(Xsd.Decimal) || l.LexicalForm.Contains('.'));

    private string FormatIri(string iri)
    {
        foreach (var (prefix, ns) in _prefixes)
        {
            if (ns.Length == 0 || !iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            var local = iri[ns.Length..];
            if (local.All(c => char.IsLetterOrDigit(c) || c is '_' or '-')) return prefix + ":" + local;
        }
        return "<" + iri + ">";
    }

    private static void AppendRow(StringBuilder sb, string[] cells, int[] widths)
    {
        sb.Append('|');
        for (var i = 0; i < cells.Length; i++)
            sb.Append(' ').Append(cells[i]).Append(' ', widths[i] - Width(cells[i]) + 1).Append('|');
        sb.Append('\n');
    }

    // Code points, not UTF-16 units, so that astral characters do not shift the columns.
    private static int Width(string s)
    {
        var n = 0;
        foreach (var _ in s.EnumerateRunes()) n++;
        return n;
    }
}
