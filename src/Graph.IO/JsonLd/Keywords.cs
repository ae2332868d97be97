namespace Graph.IO.JsonLd;

/// <summary>The JSON-LD keywords (JSON-LD 1.1 §1.7) and the "form of a keyword" test.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> s_all =
    [
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    ];

    public static bool IsKeyword(string? s) => s is not null && s.Length > 1 && s[0] == '@' && s_all.Contains(s);

    /// <summary>Matches <c>"@"1*ALPHA</c>: reserved for future keywords, so ignored with a warning.</summary>
    public static bool HasKeywordForm(string s)
    {
        if (s.Length < 2 || s[0] != '@') return false;
        for (var i = 1; i < s.Length; i++) if (!char.IsAsciiLetter(s[i])) return false;
        return true;
    }
}
