using System.Globalization;
using System.Text;
using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Results;

/// <summary>
/// Reads CSV or TSV results. TSV terms are parsed in their Turtle form. CSV is lossy: a value starting with <c>_:</c> is
/// read as a blank node, an absolute IRI without spaces as an IRI, anything else as a simple literal — so compare CSV
/// results as text (write ours as CSV), not as terms.
/// </summary>
internal static class DelimitedResultsReader
{
    public static SparqlResultSet Read(TextReader reader, bool tsv)
    {
        var text = reader.ReadToEnd();
        var lines = tsv ? SplitTsv(text) : SplitCsv(text);
        if (lines.Count == 0) return new SparqlResultSet([], []);
        var vars = lines[0].Select(v => tsv && v.Length > 0 && v[0] is '?' or '$' ? v[1..] : v).ToList();
        var rows = new List<Term?[]>();
        foreach (var cells in lines.Skip(1))
        {
            if (cells.Count == 1 && cells[0].Length == 0 && vars.Count != 1) continue;
            var row = new Term?[vars.Count];
            for (var i = 0; i < Math.Min(cells.Count, vars.Count); i++)
                row[i] = cells[i].Length == 0 ? null : tsv ? ParseTsvTerm(cells[i]) : CsvTerm(cells[i]);
            rows.Add(row);
        }
        return new SparqlResultSet(vars, rows);
    }

    private static Term CsvTerm(string s) =>
        s.StartsWith("_:", StringComparison.Ordinal) ? new BlankNode(s[2..])
        : IriResolver.IsAbsolute(s) && !s.Any(char.IsWhiteSpace) ? new Iri(s)
        : Literal.String(s);

    private static List<List<string>> SplitTsv(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines.Select(l => l.Split('\t').ToList()).ToList();
    }

    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    private static List<List<string>> SplitCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                if (c == '"') { quoted = false; i++; continue; }
                field.Append(c); i++; continue;
            }
            if (c == '"') { quoted = true; i++; continue; }
            if (c == ',') { row.Add(field.ToString()); field.Clear(); i++; continue; }
            if (c is '\r' or '\n')
            {
                row.Add(field.ToString()); field.Clear(); rows.Add(row); row = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            field.Append(c); i++;
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }

    /// <summary>One term in Turtle form: &lt;iri&gt;, _:b, "…"(@lang|^^&lt;dt&gt;)?, a number or a boolean.</summary>
    internal static Term ParseTsvTerm(string s)
    {
        if (s.StartsWith('<') && s.EndsWith('>')) return new Iri(s[1..^1]);
        if (s.StartsWith("_:", StringComparison.Ordinal)) return new BlankNode(s[2..]);
        if (s.StartsWith('"'))
        {
            var end = s.LastIndexOf('"');
            var value = Unescape(s[1..end]);
            var rest = s[(end + 1)..];
            if (rest.StartsWith('@')) return new Literal(value, rest[1..]);
            if (rest.StartsWith("^^<", StringComparison.Ordinal)) return new Literal(value, new Iri(rest[3..^1]));
            return Literal.String(value);
        }
        if (s is "true" or "false") return Literal.Boolean(s == "true");
        if (s.Contains('e') || s.Contains('E')) return new Literal(s, Xsd.Double);
        if (s.Contains('.')) return new Literal(s, Xsd.Decimal);
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) || s.All(char.IsAsciiDigit))
            return new Literal(s, Xsd.Integer);
        throw new InvalidDataException($"Not an RDF term in TSV results: {s}");
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { sb.Append(s[i]); continue; }
            var e = s[++i];
            switch (e)
            {
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u' when i + 4 < s.Length: sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 4; break;
                case 'U' when i + 8 < s.Length:
                    var cp = uint.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    if (!Rune.IsValid(cp)) throw new InvalidDataException($"\\U{cp:X8} in TSV results is not a Unicode scalar value");
                    sb.Append(char.ConvertFromUtf32((int)cp));
                    i += 8;
                    break;
                default: sb.Append(e); break;
            }
        }
        return sb.ToString();
    }
}
