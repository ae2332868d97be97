using System.Globalization;
using System.Text;
using Graph.Core.Terms;

namespace Graph.Sparql.Engine.Functions;

/// <summary>Functions on strings (SPARQL 1.1 §17.4.3). Every method returns null for a type error.</summary>
public static class StringFunctions
{
    public static Term? StrLen(Term? a) =>
        StringArguments.IsStringLiteral(a) ? Literal.Integer(CodePoints(((Literal)a!).LexicalForm)) : null;

    public static Term? UCase(Term? a) =>
        StringArguments.IsStringLiteral(a) ? StringArguments.Like((Literal)a!, ((Literal)a!).LexicalForm.ToUpperInvariant()) : null;

    public static Term? LCase(Term? a) =>
        StringArguments.IsStringLiteral(a) ? StringArguments.Like((Literal)a!, ((Literal)a!).LexicalForm.ToLowerInvariant()) : null;

    /// <summary>SUBSTR with 1-based code-point positions and XPath rounding (fn:substring).</summary>
    public static Term? Substr(Term? source, Term? start, Term? length = null)
    {
        if (!StringArguments.IsStringLiteral(source) || !Numeric.TryFrom(start, out var s)) return null;
        Numeric? len = null;
        if (length is not null)
        {
            if (!Numeric.TryFrom(length, out var l)) return null;
            len = l;
        }
        var text = (Literal)source!;
        var cps = ToCodePoints(text.LexicalForm);
        var first = XPathRound(s.AsDouble);
        var last = len is { } ln ? first + XPathRound(ln.AsDouble) : double.PositiveInfinity;
        if (double.IsNaN(first) || double.IsNaN(last)) return StringArguments.Like(text, "");
        var sb = new StringBuilder();
        for (var i = 0; i < cps.Length; i++)
        {
            var pos = i + 1;
            if (pos >= first && pos < last) sb.Append(char.ConvertFromUtf32(cps[i]));
        }
        return StringArguments.Like(text, sb.ToString());
    }

    public static Term? StrStarts(Term? a, Term? b) => Binary(a, b, (x, y) => Literal.Boolean(x.StartsWith(y, StringComparison.Ordinal)));

    public static Term? StrEnds(Term? a, Term? b) => Binary(a, b, (x, y) => Literal.Boolean(x.EndsWith(y, StringComparison.Ordinal)));

    public static Term? Contains(Term? a, Term? b) => Binary(a, b, (x, y) => Literal.Boolean(x.Contains(y, StringComparison.Ordinal)));

    public static Term? StrBefore(Term? a, Term? b)
    {
        if (!Compatible(a, b, out var la, out var lb)) return null;
        var i = la.LexicalForm.IndexOf(lb.LexicalForm, StringComparison.Ordinal);
        if (i < 0) return Literal.String("");
        return StringArguments.Like(la, la.LexicalForm[..i]);
    }

    public static Term? StrAfter(Term? a, Term? b)
    {
        if (!Compatible(a, b, out var la, out var lb)) return null;
        var i = la.LexicalForm.IndexOf(lb.LexicalForm, StringComparison.Ordinal);
        if (i < 0) return Literal.String("");
        return StringArguments.Like(la, la.LexicalForm[(i + lb.LexicalForm.Length)..]);
    }

    /// <summary>CONCAT: the language tag survives only when every argument has the same one.</summary>
    public static Term? Concat(IReadOnlyList<Term?> args)
    {
        var sb = new StringBuilder();
        string? language = null;
        var allSameLanguage = true;
        for (var i = 0; i < args.Count; i++)
        {
            if (!StringArguments.IsStringLiteral(args[i])) return null;
            var l = (Literal)args[i]!;
            sb.Append(l.LexicalForm);
            if (l.Language is null) allSameLanguage = false;
            else if (i == 0) language = l.Language;
            else if (language != l.Language) allSameLanguage = false;
        }
        return allSameLanguage && language is not null ? new Literal(sb.ToString(), language) : Literal.String(sb.ToString());
    }

    public static Term? EncodeForUri(Term? a)
    {
        if (!StringArguments.IsStringLiteral(a)) return null;
        var bytes = Encoding.UTF8.GetBytes(((Literal)a!).LexicalForm);
        var sb = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return Literal.String(sb.ToString());
    }

    /// <summary>langMatches (RFC 4647 basic filtering): "*" matches any non-empty tag.</summary>
    public static Term? LangMatches(Term? tag, Term? range)
    {
        if (tag is not Literal t || t.Language is not null || range is not Literal r || r.Language is not null) return null;
        var lang = t.LexicalForm;
        var pattern = r.LexicalForm;
        if (pattern == "*") return Literal.Boolean(lang.Length > 0);
        var matches = lang.Equals(pattern, StringComparison.OrdinalIgnoreCase)
            || (lang.Length > pattern.Length && lang[pattern.Length] == '-' && lang.StartsWith(pattern, StringComparison.OrdinalIgnoreCase));
        return Literal.Boolean(matches && pattern.Length > 0);
    }

    private static Term? Binary(Term? a, Term? b, Func<string, string, Term> f) =>
        Compatible(a, b, out var la, out var lb) ? f(la.LexicalForm, lb.LexicalForm) : null;

    private static bool Compatible(Term? a, Term? b, out Literal la, out Literal lb)
    {
        la = null!;
        lb = null!;
        if (!StringArguments.IsStringLiteral(a) || !StringArguments.IsStringLiteral(b)) return false;
        la = (Literal)a!;
        lb = (Literal)b!;
        return StringArguments.AreCompatible(la, lb);
    }

    private static double XPathRound(double d) => Math.Floor(d + 0.5);

    internal static int CodePoints(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    private static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else list.Add(s[i]);
        }
        return [.. list];
    }
}
