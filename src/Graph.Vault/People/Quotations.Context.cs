using System.Text.RegularExpressions;
using Graph.Vault.Extraction;

namespace Graph.Vault.People;

// Attributions read from the quotation's context rather than from an attribution of its own: the sentence that names
// the speaker around the quote, and the "Author (year)" citation heading a table row.
internal static partial class Quotations
{
    // "…", explique Marie Dupont, directrice du musée. / "…" says Jane Doe. / „…“, sagt Anna Weber.
    private static Attribution? SaidAfter(string after)
    {
        if (after.Length == 0 || SpeechAfter().Match(after) is not { Success: true } m) return null;
        return ParseAttribution(m.Groups["who"].Value);
    }

    // "Marie Dupont définit le musée comme "…"" / "Jane Doe, curator, calls it "…"": the sentence's subject is a
    // person and its verb reports speech or writing. Only a person: a capitalised subject ("Elle", "Le rapport") is
    // too often no one's name to be taken for an organisation.
    private static Attribution? SaidBefore(string before)
    {
        if (!MayReportSpeech(before))
        {
            if (PrefilterCheck.Misses is { } misses && SubjectSays().IsMatch(before)) misses.Enqueue("subject says: " + before);
            return null;
        }
        if (SubjectSays().Match(before) is not { Success: true } m) return null;
        var who = m.Groups["who"].Value;
        if (!Names.LooksLikePerson(Names.SplitHonorific(Names.Collapse(who).Trim()).Name)) return null;
        return ParseAttribution(m.Groups["role"].Success ? who + "," + m.Groups["role"].Value : who);
    }

    // SubjectSays ends with "verb\b[^.;!?]*$": its verb is in the text after the last sentence end, where most texts
    // before a quotation have none, and the regex need not read them.
    private static bool MayReportSpeech(string before)
    {
        var text = before.AsSpan();
        return text[(text.LastIndexOfAny(s_sentenceEnds) + 1)..].ContainsAny(s_sayingVerbs);
    }

    private static readonly System.Buffers.SearchValues<char> s_sentenceEnds = System.Buffers.SearchValues.Create(".;!?");
    private static readonly System.Buffers.SearchValues<string> s_sayingVerbs = System.Buffers.SearchValues.Create(
        ["définit", "décrit", "qualifie", "écrit", "affirme", "déclare", "souligne", "estime", "rappelle", "considère", "résume", "appelle",
         "nomme", "defines", "describes", "calls", "writes", "wrote", "says", "said", "argues", "definiert", "beschreibt", "nennt",
         "schreibt", "sagt", "bezeichnet"], StringComparison.Ordinal);

    // "| Dupont et Martin (2019) | "…" |": the first cell of the quotation's row cites a work by its authors and year.
    // The work is the one of the note a wikilink of this note names with the same year and one of those surnames
    // ("[[Les écrans au musée (Dupont et Martin, 2019)|Dupont et Martin (2019)]]"); the resolve pass then takes the
    // creator from that note's summary. A citation no note of the vault matches attributes nothing.
    private static string? CitedWork(IReadOnlyList<TextLine> lines, int index)
    {
        var row = lines[index].Position.Line;
        var first = index;
        while (first > 0 && lines[first - 1].Block == LineBlock.TableCell && lines[first - 1].Position.Line == row) first--;
        if (first == index) return null;
        var cell = lines[first];
        foreach (var s in cell.Segments)
            if (s.Kind == SegmentKind.WikiLink) return s.Url;
        var m = Citation().Match(cell.Plain);
        if (!m.Success) return null;
        var year = m.Groups["year"].Value;
        var surnames = Surname().Matches(m.Groups["names"].Value).Select(n => n.Value).Where(n => n is not ("Et" or "And" or "Und")).ToArray();
        foreach (var line in lines)
            foreach (var s in line.Segments)
            {
                if (s.Kind != SegmentKind.WikiLink || s.Url is null) continue;
                var named = s.Text + " " + s.Url;
                if (!named.Contains(year, StringComparison.Ordinal)) continue;
                foreach (var surname in surnames)
                    if (Regex.IsMatch(named, @"\b" + Regex.Escape(surname) + @"\b", RegexOptions.CultureInvariant)) return s.Url;
            }
        return null;
    }

    // A reporting verb then the speaker, up to the end of the sentence.
    [GeneratedRegex(@"^\s*[,–—-]?\s*(?:explique|affirme|déclare|ajoute|souligne|précise|rappelle|résume|conclut|raconte|estime|écrit|says|said|explains|explained|writes|wrote|adds|added|argues|notes|erklärt|sagt|schreibt|betont|meint)(?:-t-(?:il|elle))?\s+(?<who>\p{Lu}[^.;!?()""“”«»]{2,120}?)\s*(?:[.;!?(]|$)")]
    private static partial Regex SpeechAfter();

    // The subject starts its sentence (or follows a comma), an optional ", role," then a reporting verb; no sentence
    // end between the verb and the quotation.
    [GeneratedRegex(@"(?:^|[.;!?:]\s+|,\s+)(?<who>\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|du|des|van|von|der|da|di|le|la)?\s*\p{Lu}[\p{L}'’-]*){1,3})(?:\s*,(?<role>[^,.;!?:""“«]{2,80}),)?\s+(?:définit|décrit|qualifie|écrit|affirme|déclare|souligne|estime|rappelle|considère|résume|appelle|nomme|defines|describes|calls|writes|wrote|says|said|argues|definiert|beschreibt|nennt|schreibt|sagt|bezeichnet)\b[^.;!?]*$")]
    private static partial Regex SubjectSays();

    // "Dupont (2019)", "Dupont et Martin (2019)", "Dupont, Durand and Martin, 2019", "Dupont et al. (2019a)".
    [GeneratedRegex(@"^\s*(?<names>\p{Lu}[\p{L}'’-]+(?:(?:\s*,\s*|\s+(?:et|and|und|&)\s+)\p{Lu}[\p{L}'’-]+)*(?:\s+et\s+al\.?)?)\s*(?:\(|,\s*)(?<year>\d{4})[a-z]?\)?\s*$")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]+")]
    private static partial Regex Surname();
}
