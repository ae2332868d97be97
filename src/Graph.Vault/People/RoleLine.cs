using System.Text.RegularExpressions;
using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;

namespace Graph.Vault.People;

/// <summary>
/// Reads the role part of a speaker line, e.g. <c>, Directrice, [Musées de Pully](url) (CH)</c>,
/// <c>Dirigeante de [Museovation](url) – Conseil… (FR)</c>, <c>Directeur de projet au Media Engineering Institute (CH)</c>,
/// <c>Directeur, {CORRESPONDANCES DIGITALES] [lien ici](url) (FR)</c>: the job title, the organisations and the country.
/// </summary>
internal static partial class RoleLine
{
    internal sealed record Org(string Name, string? Url, string? Country, TextPosition Position);

    internal sealed record Result(string? Role, Org? Organization, string? Country, IReadOnlyList<Org> AllOrganizations);

    public static Result Parse(IReadOnlyList<Segment> segments)
    {
        var plain = string.Concat(segments.Select(s => s.Text));
        var countryMatch = SpeakerLines.CountryCode().Match(plain);
        var country = countryMatch.Success ? countryMatch.Value.Trim('(', ')', ' ') : null;

        var orgs = new List<Org>();
        string? role = null;
        var before = new System.Text.StringBuilder();
        var seenOrg = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            if (s.Kind is SegmentKind.Link or SegmentKind.WikiLink)
            {
                var name = Names.Collapse(s.Text);
                var url = s.Kind == SegmentKind.Link && NoteExtractor.IsHttp(s.Url) ? s.Url : null;
                var prefix = before.ToString();
                if (GenericLinkText().IsMatch(name))
                {
                    // "{CORRESPONDANCES DIGITALES] [lien ici](url)": the name is the text before the generic link.
                    var cut = prefix.LastIndexOf(',');
                    var candidate = Bracketed().Replace(cut >= 0 ? prefix[(cut + 1)..] : prefix, "").Trim();
                    if (candidate.Length == 0) continue;
                    name = candidate;
                    prefix = cut >= 0 ? prefix[..cut] : string.Empty;
                }
                else if (!seenOrg)
                {
                    // "Président, Dpt. [Sciences du langage](url)": a non-role fragment right before the link belongs to the name.
                    var cut = prefix.LastIndexOf(',');
                    var last = cut >= 0 ? prefix[(cut + 1)..].Trim() : string.Empty;
                    if (last.Length > 0 && !TrailingPreposition().IsMatch(" " + last) && last.Length <= 12 && char.IsUpper(last[0]))
                    {
                        name = last + " " + name;
                        prefix = prefix[..cut];
                    }
                }
                var orgCountry = FollowingCountry(segments, i) ?? (orgs.Count == 0 ? country : null);
                if (!seenOrg) role = CleanRole(prefix);
                orgs.Add(new Org(name, url, orgCountry, s.Position));
                seenOrg = true;
                before.Clear();
                continue;
            }
            before.Append(s.Text);
        }

        if (!seenOrg)
        {
            var text = SpeakerLines.CountryCode().Replace(before.ToString(), "");
            var split = RoleAtOrganization().Match(text);
            if (split.Success && char.IsUpper(split.Groups[2].Value.TrimStart()[0]))
            {
                role = CleanRole(split.Groups[1].Value);
                var name = split.Groups[2].Value.Trim().TrimEnd(',', '.', ';');
                orgs.Add(new Org(name, null, country, segments.Count > 0 ? segments[0].Position : default));
            }
            else role = CleanRole(text);
        }
        return new Result(role, orgs.Count > 0 ? orgs[0] : null, country, orgs);
    }

    private static string? FollowingCountry(IReadOnlyList<Segment> segments, int index)
    {
        if (index + 1 >= segments.Count || segments[index + 1].Kind != SegmentKind.Text) return null;
        var m = LeadingCountry().Match(segments[index + 1].Text);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string? CleanRole(string text)
    {
        var t = Names.Collapse(text).Trim(' ', ',', ';', ':', '–', '—', '-', '&');
        t = TrailingPreposition().Replace(" " + t, "").Trim(' ', ',', ';', ':', '–', '—', '-');
        return t.Length == 0 ? null : t;
    }

    [GeneratedRegex(@"^(lien( ici)?|ici|here|link|site( web)?|website|cliquez ici|click here)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericLinkText();

    [GeneratedRegex(@"[{}\[\]]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s(?:de la|de l['’]|de|d['’]|du|des|au|aux|à la|à l['’]|à|chez|at the|at|of the|of|for|pour|bei|für|von)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPreposition();

    [GeneratedRegex(@"^(.*?)(?:\s(?:au|à la|chez|at the|at|bei)\s+|\sà l['’]\s*)(.+)$")]
    private static partial Regex RoleAtOrganization();

    [GeneratedRegex(@"^\s*\(\s*([A-Z]{2})\s*\)")]
    private static partial Regex LeadingCountry();
}
