using System.Text.RegularExpressions;
using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;
using Graph.Vault.Model;

namespace Graph.Vault.People;

/// <summary>
/// Finds quotations: <c>"…" (Name, Role)</c>, <c>“…”</c>, <c>« … »</c>, "Commentaires de Name, Role: “…”", and
/// blockquotes ended by <c>— Name, Role</c>. The role's organisation is taken from its tail
/// (<c>Directeur de Videomuseum</c> → <c>Videomuseum</c>). Unattributed quotations of at least eight words are kept.
/// </summary>
internal static partial class Quotations
{
    private static readonly System.Buffers.SearchValues<char> s_quoteMarks = System.Buffers.SearchValues.Create("\"“«„");

    public static void Find(IReadOnlyList<TextLine> lines, string? noteLanguage, List<Quotation> quotations, List<PersonMention> people, List<OrganizationMention> organizations)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Block == LineBlock.Heading) continue;
            if (line.QuoteDepth > 0)
            {
                i = ReadBlockquote(lines, i, noteLanguage, quotations, people, organizations);
                continue;
            }
            var plain = line.Plain;
            if (!plain.AsSpan().ContainsAny(s_quoteMarks)) continue;
            foreach (Match m in Quoted().Matches(plain))
            {
                var text = Names.Collapse(m.Groups["q"].Value).Trim();
                var position = PositionAt(line, m.Index);
                var after = plain[(m.Index + m.Length)..];
                var beforeText = plain[..m.Index];
                Attribution? attribution = null;
                if (ParenAttribution().Match(after) is { Success: true } paren) attribution = ParseAttribution(paren.Groups[1].Value);
                else if (LeadAttribution().Match(beforeText) is { Success: true } lead) attribution = ParseAttribution(lead.Groups[1].Value);
                if (attribution is null && WordCount(text) < 8) continue;
                Add(text, attribution, position, noteLanguage, quotations, people, organizations);
            }
        }
    }

    private static int ReadBlockquote(IReadOnlyList<TextLine> lines, int start, string? noteLanguage, List<Quotation> quotations, List<PersonMention> people, List<OrganizationMention> organizations)
    {
        var end = start;
        while (end + 1 < lines.Count && lines[end + 1].QuoteDepth > 0) end++;
        var body = new List<string>();
        Attribution? attribution = null;
        for (var j = start; j <= end; j++)
        {
            var dash = Dash().Match(lines[j].Plain);
            if (dash.Success && j > start) { attribution = ParseAttribution(lines[j].Plain[dash.Length..]); continue; }
            body.Add(lines[j].Plain);
        }
        // The attribution may follow the blockquote as its own line: "— Name, Role".
        if (attribution is null && end + 1 < lines.Count && Dash().Match(lines[end + 1].Plain) is { Success: true } next)
            attribution = ParseAttribution(lines[end + 1].Plain[next.Length..]);
        var text = StripQuotes(Names.Collapse(string.Join(" ", body)));
        if (text.Length > 0 && (attribution is not null || WordCount(text) >= 8))
            Add(text, attribution, lines[start].Position, noteLanguage, quotations, people, organizations);
        return end;
    }

    private static void Add(string text, Attribution? a, TextPosition position, string? noteLanguage, List<Quotation> quotations, List<PersonMention> people, List<OrganizationMention> organizations)
    {
        var language = LanguageGuesser.Guess(text, minimumHits: 3) ?? noteLanguage;
        quotations.Add(new Quotation(text, language, a?.Name, a?.Role, a?.Organization, position));
        if (a?.Name is { } name)
            people.Add(new PersonMention(name, a.Honorific, a.Role, a.Role is null ? null : noteLanguage, a.Organization, null, null, [], null, MentionRole.QuotationAuthor, position));
        if (a?.Organization is { } org)
            organizations.Add(new OrganizationMention(org, null, null, OrganizationSource.Attribution, position));
    }

    internal sealed record Attribution(string? Name, string? Honorific, string? Role, string? Organization);

    // "Name, Role", "Voir [la conclusion] par Name, Role", "Name".
    internal static Attribution? ParseAttribution(string text)
    {
        var t = Names.Collapse(text).Trim(' ', '—', '–', '-', ',', '.');
        var par = By().Match(t);
        if (par.Success) t = t[(par.Index + par.Length)..];
        var comma = t.IndexOf(',');
        var namePart = comma >= 0 ? t[..comma] : t;
        var (honorific, name) = Names.SplitHonorific(namePart.Trim());
        if (!Names.LooksLikePerson(name)) return null;
        var role = comma >= 0 ? t[(comma + 1)..].Trim().TrimEnd('.', ')') : null;
        if (role?.Length == 0) role = null;
        return new Attribution(name, honorific, role, role is null ? null : OrganizationOf(role));
    }

    /// <summary>The organisation at the end of a role: "Directeur de Videomuseum" → "Videomuseum", "CEO of [[Org]]" → "Org".</summary>
    internal static string? OrganizationOf(string role)
    {
        var institution = Institutions.FindAll(role).FirstOrDefault();
        if (institution.Name is not null) return institution.Name;
        var m = RoleOf().Match(role);
        return m.Success ? m.Groups[1].Value.Trim().TrimEnd('.', ',') : null;
    }

    private static string StripQuotes(string text)
    {
        var t = text.Trim();
        if (t.Length >= 2 && ((t[0] == '"' && t[^1] == '"') || (t[0] == '“' && t[^1] == '”') || (t[0] == '«' && t[^1] == '»') || (t[0] == '„' && t[^1] == '“')))
            t = t[1..^1].Trim();
        return t;
    }

    private static TextPosition PositionAt(TextLine line, int offset)
    {
        var at = 0;
        foreach (var s in line.Segments)
        {
            if (offset < at + s.Text.Length) return s.Kind == SegmentKind.Text ? s.Position with { Column = s.Position.Column + offset - at } : s.Position;
            at += s.Text.Length;
        }
        return line.Position;
    }

    private static int WordCount(string text) => text.Split([' '], StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"""(?<q>[^""]{3,}?)""|“(?<q>[^”]{3,}?)”|«(?<q>[^»]{3,}?)»|„(?<q>[^“]{3,}?)“")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")]
    private static partial Regex ParenAttribution();

    [GeneratedRegex(@"(?:Commentaires?|Propos|Comments?|Citation|Quote|Selon|According to)\s+(?:de|d['’]|of|by|from|to)?\s*([^:“""«]+?)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadAttribution();

    [GeneratedRegex(@"^\s*(?:—|–|--|-|―)\s*")]
    private static partial Regex Dash();

    [GeneratedRegex(@"(?:^|\s)(?:par|by|von)\s+(?=\p{Lu})")]
    private static partial Regex By();

    [GeneratedRegex(@"(?:\s|^)(?:de la|de l['’]|du|des|de|d['’]|of the|of|at the|at|chez|bei|für)\s*(\p{Lu}.*)$")]
    private static partial Regex RoleOf();
}
