using System.Text.RegularExpressions;
using Graph.Core.Terms;

namespace Graph.Shacl.Constraints;

// String-based constraint components (https://www.w3.org/TR/shacl/#core-components-string). They read the string
// form of IRIs and literals; a blank node never satisfies them.

/// <summary><c>sh:minLength</c>.</summary>
internal sealed record MinLengthConstraint(int Min) : ValueConstraint
{
    public override string Component => "MinLength";

    protected override bool Accepts(DataGraph data, Term value) => StringForm.Of(value) is { } s && StringForm.Length(s) >= Min;

    protected override string Describe(Term value) => $"{value} is shorter than {Min} characters";
}

/// <summary><c>sh:maxLength</c>.</summary>
internal sealed record MaxLengthConstraint(int Max) : ValueConstraint
{
    public override string Component => "MaxLength";

    protected override bool Accepts(DataGraph data, Term value) => StringForm.Of(value) is { } s && StringForm.Length(s) <= Max;

    protected override string Describe(Term value) => $"{value} is longer than {Max} characters";
}

/// <summary><c>sh:pattern</c> with optional <c>sh:flags</c> (i, m, s, x as in XPath).</summary>
internal sealed record PatternConstraint(string Pattern, string? Flags) : ValueConstraint
{
    private readonly Regex _regex = new(Pattern, ToOptions(Flags), TimeSpan.FromSeconds(2));

    public override string Component => "Pattern";

    protected override bool Accepts(DataGraph data, Term value) => StringForm.Of(value) is { } s && _regex.IsMatch(s);

    protected override string Describe(Term value) => $"{value} does not match the pattern \"{Pattern}\"";

    private static RegexOptions ToOptions(string? flags)
    {
        var o = RegexOptions.CultureInvariant;
        foreach (var f in flags ?? "")
            o |= f switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                'q' => RegexOptions.None,
                _ => throw new ShaclException($"unknown regular expression flag '{f}' in sh:flags"),
            };
        return o;
    }
}

/// <summary><c>sh:languageIn</c>: each value is a literal whose language tag matches one of the ranges (RFC 4647 basic filtering).</summary>
internal sealed record LanguageInConstraint(IReadOnlyList<string> Ranges) : ValueConstraint
{
    public override string Component => "LanguageIn";

    protected override bool Accepts(DataGraph data, Term value) =>
        value is Literal { Language: { } tag } && Ranges.Any(r => Matches(tag, r));

    protected override string Describe(Term value) => $"{value} does not have a language tag in ({string.Join(" ", Ranges)})";

    internal static bool Matches(string tag, string range) =>
        range == "*" || tag.Equals(range, StringComparison.OrdinalIgnoreCase)
        || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));
}

/// <summary><c>sh:uniqueLang true</c>: no two values share a language tag.</summary>
internal sealed record UniqueLangConstraint : Constraint
{
    public override string Component => "UniqueLang";

    public override IEnumerable<Violation> Check(DataGraph data, Term focus, IReadOnlyList<Term> values) =>
        values.OfType<Literal>().Where(l => l.Language is not null)
            .GroupBy(l => l.Language!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Violation(null, $"{g.Count()} values share the language tag \"{g.Key}\""));
}

internal static class StringForm
{
    public static string? Of(Term t) => t switch
    {
        Iri i => i.Value,
        Literal l => l.LexicalForm,
        _ => null,
    };

    /// <summary>Length in code points, as XPath's <c>fn:string-length</c> counts.</summary>
    public static int Length(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }
}
