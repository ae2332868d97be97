using System.Text.RegularExpressions;
using Graph.Vault.Extraction;
using Graph.Vault.Model;

namespace Graph.Vault.People;

/// <summary>
/// Finds who made the work a resource note summarises, from the paragraph right under its <c>### [Title](url)</c>:
/// <c>[Name](profile) aborde…</c>, <c>Name définit…</c>, <c>[A](…) et [B](…) proposent…</c> (people), or
/// <c>Ce rapport de l'[AMS](…) liste…</c>, <c>Le projet Virage NumeriCQ propose…</c>, <c>…guide, réalisé par le
/// Pour-cent culturel Migros…</c>, <c>Culture Laval définit…</c> (an organisation), else from a later paragraph that
/// says whose the work is (<c>Cet article de [X](…) évoque…</c>). The quotations of the note that
/// carry no attribution of their own are quotations of that work, so of its author.
/// </summary>
internal static partial class ResourceAuthors
{
    public static Quotations.Attribution? Find(IReadOnlyList<TextLine> lines, ResourceSummary? resource)
    {
        if (resource is null) return null;
        var at = -1;
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Position.Line > resource.Position.Line && lines[i].Block == LineBlock.Paragraph && lines[i].ListDepth == 0)
            {
                at = i;
                break;
            }
        if (at < 0) return null;
        var line = lines[at];
        var segments = line.Segments;
        var plain = line.Plain.TrimStart();

        // "[Name](profile) verb…" or "[A](…) et [B](…) verb…": the first person linked at the very start.
        var first = segments.FindIndex(s => s.Text.Trim().Length > 0);
        if (first >= 0 && segments[first].Kind == SegmentKind.Link)
        {
            var (honorific, name) = Names.SplitHonorific(Names.Collapse(segments[first].Text).Trim());
            var after = first + 1 < segments.Count ? segments[first + 1].Text : string.Empty;
            if (Names.LooksLikePerson(name) && PersonFollows().IsMatch(after))
                return new Quotations.Attribution(name, honorific, null, null, NoteExtractor.IsHttp(segments[first].Url) ? segments[first].Url : null);
        }

        // "Name Surname verb…", "Name Surname, role…, verb…".
        var lead = LeadingName().Match(plain);
        if (lead.Success)
        {
            var (honorific, name) = Names.SplitHonorific(lead.Groups["name"].Value);
            if (Names.LooksLikePerson(name)) return new Quotations.Attribution(name, honorific, null, null);
        }

        // Organisations: "Ce rapport de l'AMS…", "réalisé par X", "Le projet X propose", "X définit".
        // Each pattern only where its words are (checked against the full reading in tests, see PrefilterCheck).
        if (Cued(line, MayOpenWorkOf(line.Span), WorkOf()) && Organization(line, WorkOf()) is { } work) return work;
        if (Cued(line, line.Plain.AsSpan().ContainsAny(s_madeBy), MadeBy()) && Organization(line, MadeBy()) is { } made) return made;
        if (Cued(line, line.Plain.AsSpan().ContainsAny(s_subjectVerbs), NamedSubject()) && Organization(line, NamedSubject()) is { } named) return named;

        // A later paragraph of the note may still say whose the work is: "Cet article de [Le Quotidien](…) évoque…".
        for (var i = at + 1; i < lines.Count; i++)
            if (lines[i].Block == LineBlock.Paragraph && lines[i].ListDepth == 0 && lines[i].QuoteDepth == 0 && MayOpenWorkOf(lines[i].Span)
                && Organization(lines[i], WorkOf()) is { } org)
                return org;
        return null;
    }

    private static Quotations.Attribution? Organization(TextLine line, Regex pattern)
    {
        var plain = line.Plain.TrimStart();
        var m = pattern.Match(plain);
        if (!m.Success) return null;
        var org = Names.Collapse(LinkAt(line.Segments, line.Plain.Length - plain.Length + m.Groups["org"].Index) ?? m.Groups["org"].Value).Trim(' ', ',', '.');
        // "Le projet Virage NumeriCQ": a name the text itself calls a project or an agency is no person's.
        var named = m.Groups["kind"].Success;
        return org.Length >= 2 && char.IsUpper(org[0]) && (named || !Names.LooksLikePerson(org)) ? new Quotations.Attribution(null, null, null, org, IsOrganization: true) : null;
    }

    private static bool Cued(TextLine line, bool cued, Regex pattern)
    {
        if (!cued && PrefilterCheck.Misses is { } misses && Organization(line, pattern) is not null) misses.Enqueue($"resource author ({pattern}): {line.Plain}");
        return cued;
    }

    // MadeBy's participles and NamedSubject's verbs, which those patterns cannot match without.
    private static readonly System.Buffers.SearchValues<string> s_madeBy = System.Buffers.SearchValues.Create(
        ["réalisé", "publié", "édité", "produit", "rédigé", "made", "published", "written"], StringComparison.Ordinal);
    private static readonly System.Buffers.SearchValues<string> s_subjectVerbs = System.Buffers.SearchValues.Create(
        ["propose", "définit", "publie", "a publié", "présente", "fournit", "liste", "offre", "recense", "décrit", "explique", "defines", "publishes", "presents"],
        StringComparison.Ordinal);

    // WorkOf's first word (Ce, Cette, Cet, This, Dieser…) starts with C, T or D: every other paragraph of a long resource
    // note is passed over without trimming or matching it.
    private static bool MayOpenWorkOf(ReadOnlySpan<char> plain)
    {
        var text = plain.TrimStart();
        return text.Length > 0 && text[0] is 'C' or 'T' or 'D';
    }

    // "Ce rapport de l'[Office cantonal du patrimoine](url)": a link starting where the name starts is the whole name.
    private static string? LinkAt(List<Segment> segments, int offset)
    {
        var at = 0;
        foreach (var s in segments)
        {
            if (at == offset && s.Kind == SegmentKind.Link) return s.Text;
            if (at > offset) break;
            at += s.Text.Length;
        }
        return null;
    }

    // After the linked name: a verb in lower case, "et [B]", or ", role,".
    [GeneratedRegex(@"^\s*(?:,|et\s|and\s|\p{Ll})")]
    private static partial Regex PersonFollows();

    [GeneratedRegex(@"^(?<name>(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?\p{Lu}[\p{L}'’-]+)(?:\s*,[^,]{2,80},)?\s+(?:\p{Ll}|a\s|est\s)")]
    private static partial Regex LeadingName();

    // "Ce rapport de l'AMS", "This report by the Heritage Fund", "Dieser Bericht des Museumsbunds".
    [GeneratedRegex(@"^(?:Ce|Cette|Cet|This|Dieser|Diese|Dieses)\s+(?:rapport|document|brochure|publication|guide|étude|dossier|article|outil|livre|ouvrage|report|study|paper|book|Bericht|Artikel|Leitfaden|Studie|Buch)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’]|(?:by|from|of)\s+(?:the\s+)?|von\s+(?:der\s+|dem\s+)?|der\s+|des\s+)(?<org>\p{Lu}[\p{L}\p{N}'’ -]*?)(?=\s+(?:et\s|\p{Ll})|[,.(])")]
    private static partial Regex WorkOf();

    [GeneratedRegex(@"\b(?:réalisée?s?|publiée?s?|éditée?s?|produite?s?|rédigée?s?|made|published|written)\s+(?:par|by)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(?<org>\p{Lu}[\p{L}\p{N}'’ -]*?)(?=\s+(?:et|and|est|is|,)\s|[,.(])")]
    private static partial Regex MadeBy();

    [GeneratedRegex(@"^(?:(?:Le|La|L['’])\s*(?<kind>projet|programme|association|agence|entreprise|fondation|institut|musée|réseau|service)\s+)?(?<org>\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,5})\s+(?:propose|définit|publie|a publié|présente|fournit|liste|offre|recense|décrit|explique|proposes|defines|publishes|presents)\b")]
    private static partial Regex NamedSubject();
}
