using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Terms;

namespace Graph.Sparql.Engine.Functions;

/// <summary>
/// REGEX and REPLACE (SPARQL 1.1 §17.4.3.14, §17.4.3.15) with XPath flags (s, m, i, x, q). Patterns are compiled once
/// and cached; every match runs under a timeout so a pathological pattern cannot hang a query.
/// </summary>
public static class RegexFunctions
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<(string Pattern, string Flags), Regex?> s_cache = new();

    public static Term? Regex(Term? text, Term? pattern, Term? flags = null)
    {
        if (!StringArguments.IsStringLiteral(text) || !IsSimple(pattern) || (flags is not null && !IsSimple(flags))) return null;
        var regex = Compile(((Literal)pattern!).LexicalForm, flags is null ? "" : ((Literal)flags).LexicalForm);
        if (regex is null) return null;
        try
        {
            return Literal.Boolean(regex.IsMatch(((Literal)text!).LexicalForm));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public static Term? Replace(Term? text, Term? pattern, Term? replacement, Term? flags = null)
    {
        if (!StringArguments.IsStringLiteral(text) || !IsSimple(pattern) || !IsSimple(replacement) || (flags is not null && !IsSimple(flags))) return null;
        var f = flags is null ? "" : ((Literal)flags).LexicalForm;
        var regex = Compile(((Literal)pattern!).LexicalForm, f);
        if (regex is null) return null;
        var input = (Literal)text!;
        try
        {
            // fn:replace forbids patterns that match the empty string.
            if (regex.IsMatch("")) return null;
            var rep = f.Contains('q') ? ((Literal)replacement!).LexicalForm.Replace("$", "$$", StringComparison.Ordinal) : TranslateReplacement(((Literal)replacement!).LexicalForm);
            if (rep is null) return null;
            return StringArguments.Like(input, regex.Replace(input.LexicalForm, rep));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool IsSimple(Term? t) => t is Literal l && l.Language is null && l.Datatype.Equals(Graph.Core.Vocabularies.Xsd.String);

    /// <summary>Compiles an XPath regular expression with XPath flags; null when the pattern or a flag is invalid.</summary>
    public static Regex? Compile(string pattern, string flags) => s_cache.GetOrAdd((pattern, flags), static key =>
    {
        var options = RegexOptions.CultureInvariant;
        var pattern = key.Pattern;
        foreach (var f in key.Flags)
        {
            switch (f)
            {
                case 's': options |= RegexOptions.Singleline; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'x': pattern = StripWhitespace(pattern); break;
                case 'q': pattern = System.Text.RegularExpressions.Regex.Escape(pattern); break;
                default: return null;
            }
        }
        try
        {
            return new Regex(pattern, options, s_timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    });

    // XPath's x flag removes whitespace outside character classes.
    private static string StripWhitespace(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        var inClass = false;
        foreach (var c in pattern)
        {
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            if (!inClass && c is ' ' or '\t' or '\n' or '\r') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // XPath replacement strings use $N and \$ / \\; .NET uses $N and $$.
    private static string? TranslateReplacement(string r)
    {
        var sb = new StringBuilder(r.Length);
        for (var i = 0; i < r.Length; i++)
        {
            var c = r[i];
            if (c == '\\')
            {
                if (i + 1 >= r.Length || r[i + 1] is not ('\\' or '$')) return null;
                sb.Append(r[i + 1] == '$' ? "$$" : "\\");
                i++;
            }
            else if (c == '$')
            {
                if (i + 1 >= r.Length || !char.IsAsciiDigit(r[i + 1])) return null;
                sb.Append("${").Append(r[i + 1]).Append('}');
                i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
