using System.Text.RegularExpressions;
using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;
using Graph.Vault.Model;

namespace Graph.Vault.People;

/// <summary>
/// Finds quotations: <c>"…" (Name, Role)</c>, <c>“…”</c>, <c>« … »</c>, "Commentaires de Name, Role: “…”", and
/// blockquotes ended by <c>— Name, Role</c>. The role's organisation is taken from its tail
/// (<c>Directeur de Videomuseum</c> → <c>Videomuseum</c>). The sentence around a quotation may name its author
/// (<c>Name définit X comme "…"</c>, <c>"…", explique Name</c>); a table row headed by an "Author (year)" citation quotes
/// the work of the note that citation links to. Unattributed quotations of at least eight words are kept.
/// </summary>
internal static partial class Quotations
{
    private static readonly System.Buffers.SearchValues<char> s_quoteMarks = System.Buffers.SearchValues.Create("\"“«„");
    private static readonly System.Buffers.SearchValues<string> s_according = System.Buffers.SearchValues.Create(["elon ", "après ", "ccording to ", "aut "], StringComparison.Ordinal);

    public static void Find(IReadOnlyList<TextLine> lines, string? noteLanguage, Attribution? resourceAuthor, List<Quotation> quotations, List<PersonMention> people, List<OrganizationMention> organizations)
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
                var position = ProseLine.At(line, m.Index);
                var after = plain[(m.Index + m.Length)..];
                var beforeText = plain[..m.Index];
                if (!IsQuotation(text, beforeText)) continue;
                Attribution? attribution = null;
                var anonymous = false;
                // Cheap tests first: ParenAttribution needs a '(' after the quotation, LeadAttribution and Speech a ':'
                // ending the text before it (and those two scan that whole text).
                if (after.AsSpan().TrimStart().StartsWith('(') && ParenAttribution().Match(after) is { Success: true } paren) attribution = ParseAttribution(paren.Groups[1].Value);
                if (attribution is null) attribution = SaidAfter(after);
                var colon = beforeText.AsSpan().TrimEnd().EndsWith(":");
                if (attribution is null && colon && LeadAttribution().Match(beforeText) is { Success: true } lead) attribution = ParseAttribution(lead.Groups[1].Value);
                if (attribution is null && colon && Speech().Match(beforeText) is { Success: true } speech)
                {
                    // "Le responsable du service des publics explique: "…"": someone speaks, named or not.
                    attribution = ParseAttribution(speech.Groups["who"].Value);
                    anonymous = attribution is null;
                }
                if (attribution is null && !anonymous && beforeText.AsSpan().ContainsAny(s_according) && According().Match(beforeText) is { Success: true } according) attribution = ParseSource(according.Groups["who"].Value);
                if (attribution is null && !anonymous) attribution = SaidBefore(beforeText);
                if (attribution is null && !anonymous) attribution = ParentLead(lines, i);
                var explicitly = attribution is not null;
                var source = attribution is null && !anonymous ? SourceLink(lines, i) : null;
                // A table row headed by "Author (year)" quotes the work a note of the vault summarises.
                if (source is null && attribution is null && line.Block == LineBlock.TableCell && CitedWork(lines, i) is { } cited)
                {
                    source = cited;
                    explicitly = true;
                }
                if (attribution is null && !anonymous && source is null) attribution = resourceAuthor;
                if (!explicitly && WordCount(text) < 8) continue;
                Add(text, attribution, position, noteLanguage, quotations, people, organizations, source);
            }
        }
    }

    // Quoted names are not quotations: a code sample ("[ [Note|Alias] ]"), a programme's or a section's title.
    private static bool IsQuotation(string text, string before)
    {
        if (text.Contains("[[", StringComparison.Ordinal) || text.Contains("[ [", StringComparison.Ordinal)) return false;
        var naming = Naming().IsMatch(NamingTail(before));
        if (PrefilterCheck.Misses is { } misses && naming != Naming().IsMatch(before)) misses.Enqueue("naming tail: " + before);
        return !naming;
    }

    // Naming ends the text and holds no more than three runs of white space after its keyword (one before the optional
    // name, two inside its \W{0,4}, a final line feed joining the last): the keyword is in the last four words, so the
    // regex reads the last seven rather than the whole sentence before every quotation.
    private static ReadOnlySpan<char> NamingTail(string before)
    {
        var runs = 0;
        for (var i = before.Length; i > 0;)
        {
            if (!char.IsWhiteSpace(before[i - 1]))
            {
                i--;
                continue;
            }
            if (++runs > 6) return before.AsSpan(i);
            while (i > 0 && char.IsWhiteSpace(before[i - 1])) i--;
        }
        return before;
    }

    // A list item whose parent item ends with "selon Name, Role:" or "intervention de Name …:" quotes that person.
    private static Attribution? ParentLead(IReadOnlyList<TextLine> lines, int index)
    {
        var depth = lines[index].ListDepth;
        if (depth == 0) return null;
        for (var j = index - 1; j >= 0; j--)
        {
            var line = lines[j];
            if (line.ListDepth >= depth) continue;
            if (line.ListDepth < depth - 1 || !line.Plain.TrimEnd().EndsWith(':')) return null;
            var m = ParentAttribution().Match(line.Plain.TrimEnd().TrimEnd(':'));
            if (!m.Success) return null;
            var who = m.Groups["who"].Value;
            var comma = who.IndexOf(',');
            if (comma > 0 && Names.LooksLikePerson(Names.SplitHonorific(who[..comma].Trim()).Name)) return ParseAttribution(who);
            // "intervention de Douglas Hegley au Digital Summit 2022 organisé par …": the name ends where the place begins.
            if (PlaceWord().Match(who) is { Success: true } place) who = who[..place.Index];
            return ParseSource(who);
        }
        return null;
    }

    // "[[Note|Source]]" on the quotation's line or the next line of its item: the quotation comes from that note.
    private static string? SourceLink(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index; j < lines.Count && j <= index + 1; j++)
        {
            if (j > index && (lines[j].FirstOfItem || lines[j].ListDepth != lines[index].ListDepth)) break;
            foreach (var s in lines[j].Segments)
                if (s.Kind == SegmentKind.WikiLink && SourceWord().IsMatch(s.Text.Trim())) return s.Url;
        }
        // "2. [[Resource note]]" then, inside the item, "Le but de ce guide est de "…"": a quotation of that resource.
        if (!lines[index].FirstOfItem && lines[index].ListDepth > 0)
            for (var j = index - 1; j >= 0; j--)
            {
                if (lines[j].ListDepth != lines[index].ListDepth) return null;
                if (!lines[j].FirstOfItem) continue;
                var meaningful = lines[j].Segments.Where(s => s.Text.Trim().Length > 0).ToList();
                return meaningful is [{ Kind: SegmentKind.WikiLink } only] ? only.Url : null;
            }
        return null;
    }

    /// <summary>"Name, Role" as a person, else "l'AMS" / "Open Knowledge Foundation" as an organisation.</summary>
    internal static Attribution? ParseSource(string text)
    {
        if (ParseAttribution(text) is { } person) return person;
        var t = Article().Replace(Names.Collapse(text).Trim(' ', ',', '.', ':'), "");
        var comma = t.IndexOf(',');
        if (comma >= 0) t = t[..comma].Trim();
        if (t.Length < 2 || !char.IsUpper(t[0]) || t.Split(' ').Length > 8) return null;
        return new Attribution(null, null, null, t, IsOrganization: true);
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

    private static void Add(string text, Attribution? a, TextPosition position, string? noteLanguage, List<Quotation> quotations, List<PersonMention> people, List<OrganizationMention> organizations, string? source = null)
    {
        var language = LanguageGuesser.Guess(text, minimumHits: 3) ?? LanguageGuesser.OfShortText(text, noteLanguage);
        quotations.Add(new Quotation(text, language, a?.Name, a?.Role, a?.Organization, position, SourceTarget: source, CreatorIsOrganization: a?.IsOrganization == true));
        if (a?.Name is { } name)
            people.Add(new PersonMention(name, a.Honorific, a.Role, a.Role is null ? null : LanguageGuesser.OfShortText(a.Role, noteLanguage), a.Organization, null, null,
                a.ProfileUrl is null ? [] : [a.ProfileUrl], null, MentionRole.QuotationAuthor, position));
        if (a?.Organization is { } org)
            organizations.Add(new OrganizationMention(org, null, null, OrganizationSource.Attribution, position));
    }

    /// <summary>Who a quotation is by: a person (with their role and its organisation), or an organisation alone.</summary>
    internal sealed record Attribution(string? Name, string? Honorific, string? Role, string? Organization, string? ProfileUrl = null, bool IsOrganization = false);

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
        if (role is null) return new Attribution(name, honorific, null, null);
        // "Conservatrice, Château de Vaulx": the last comma part that starts with a capital is the organisation.
        var last = role.LastIndexOf(',');
        if (last > 0 && role[(last + 1)..].Trim() is { Length: > 1 } tail && char.IsUpper(tail[0]))
            return new Attribution(name, honorific, role[..last].Trim(), tail.Replace("[[", "").Replace("]]", ""));
        return new Attribution(name, honorific, role, OrganizationOf(role));
    }

    /// <summary>The organisation at the end of a role: "Directeur de Videomuseum" → "Videomuseum", "CEO of [[Org]]" → "Org".</summary>
    internal static string? OrganizationOf(string role)
    {
        var institution = Institutions.FindAll(role).FirstOrDefault();
        if (institution.Name is not null) return institution.Name;
        // "Directrice de la Communication, du Développement… au Louvre-Lens": "au X" names the place of work.
        if (RoleAt().Match(role) is { Success: true } at) return at.Groups[1].Value.Trim().TrimEnd('.', ',');
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

    private static int WordCount(string text) => text.Split([' '], StringSplitOptions.RemoveEmptyEntries).Length;

    // Writers mix marks ("…” and “…"): either closing mark ends a quotation opened by either.
    [GeneratedRegex(@"[""“](?<q>[^""“”]{3,}?)[""”]|«(?<q>[^»]{3,}?)»|„(?<q>[^“]{3,}?)“")]
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

    // "Le responsable du service des publics explique: " / "Marie Dupont, directrice, ajoute: ": who speaks, up to the verb.
    [GeneratedRegex(@"(?:^|[.;!?]\s+|\s-\s)(?<who>[^.;!?]{3,120}?)\s+(?:explique|affirme|déclare|ajoute|souligne|précise|rappelle|résume|conclut|raconte|estime|says|said|explains|writes|adds|argues|erklärt|sagt)\s*:\s*$")]
    private static partial Regex Speech();

    // "Selon l’Open Knowledge Foundation, les critères … sont “": the quotation belongs to who is cited in its sentence.
    [GeneratedRegex(@"(?:^|[.;!?]\s+|\s)(?:[Ss]elon|[Dd]['’]après|[Aa]ccording to|[Ll]aut)\s+(?<who>(?:l['’]|la\s|le\s|les\s|the\s)?\p{Lu}[^,:.;]{1,80}?)\s*[,:][^.;!?]*$")]
    private static partial Regex According();

    // Parent item "… selon Magalie Vernet, Directrice … au Louvre-Lens" / "L'intervention de Douglas Hegley au …".
    [GeneratedRegex(@"(?:[Ss]elon|[Dd]['’]après|[Aa]ccording to|[Ii]ntervention de|[Ii]nterview de|[Ee]ntretien avec|[Pp]ropos de|[Cc]itations? de|[Qq]uotes? (?:from|by))\s+(?<who>(?:l['’]|la\s|le\s|les\s|the\s)?\p{Lu}.*)$")]
    private static partial Regex ParentAttribution();

    [GeneratedRegex(@"^(?:sources?|quelle|origine|reference|référence)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceWord();

    // What precedes the quoted name of a fund, programme, section or title: "le rapport "…"", "das Buch „…“".
    [GeneratedRegex(@"(?:fonds|programme|projet|section|rubrique|intitulée?|titled|called|nommée?|appelée?|chapitre|chapter|onglet|bouton|menu|label|slogan|hashtag|mot-clé|rapport|report|Bericht|livre|ouvrage|book|Buch|essai|essay|exposition|exhibition|Ausstellung|titre|title|Titel|podcast|série|series)(?:\s+[\p{Lu}\d][\w-]*)?\W{0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex Naming();

    [GeneratedRegex(@"^(?:l['’]|la |le |les |the )", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"\s(?:au|aux|à la|à l['’]|chez|at the|at|bei)\s*(\p{Lu}[^,]*)$")]
    private static partial Regex RoleAt();

    [GeneratedRegex(@"\s(?:au|aux|à|at|lors|during|dans|in|pour|for)\s|,")]
    private static partial Regex PlaceWord();
}
