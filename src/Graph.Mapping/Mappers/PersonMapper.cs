using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Vault.Model;

namespace Graph.Mapping.Mappers;

/// <summary>
/// A person → <c>schema:Person</c>: name without honorific and <c>schema:honorificPrefix</c>, language-tagged job titles,
/// employers, profile URLs as <c>schema:sameAs</c>, and the notes about them as <c>schema:subjectOf</c>.
/// </summary>
internal static class PersonMapper
{
    public static void Map(MappingContext ctx, Person person)
    {
        var s = ctx.Iris.Person(person.Key);
        ctx.Add(s, Rdf.Type, Schema.Person);
        ctx.AddText(s, Schema.Name, person.Name);
        ctx.AddText(s, Schema.HonorificPrefix, person.Honorific);
        var employers = person.Affiliations.Select(ctx.Vault.FindOrganization).OfType<Organization>()
            .SelectMany(o => o.AlternateNames.Prepend(o.Name)).ToList();
        // The same title seen in notes of two languages is one title: the first language seen wins.
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var job in person.JobTitles)
        {
            var title = WithoutEmployer(job.Text, employers);
            if (titles.Add(title)) ctx.AddText(s, Schema.JobTitle, title, job.Language ?? ctx.Configuration.DefaultLanguage);
        }
        foreach (var org in person.Affiliations)
            if (ctx.OrganizationKeys.Contains(org)) ctx.Add(s, Schema.WorksFor, ctx.Iris.Organization(org));
        foreach (var url in person.ProfileUrls)
            if (ctx.UrlIri(url) is { } iri) ctx.Add(s, Schema.SameAs, iri);
        foreach (var path in person.SubjectOf)
            if (ctx.NotePaths.Contains(path)) ctx.Add(s, Schema.SubjectOf, ctx.Iris.Note(path));
    }

    private static readonly string[] s_joiners = [", ", " de ", " du ", " des ", " d'", " d’", " of ", " at ", " à ", " au ", " bei ", " für ", " – ", " - "];

    /// <summary>
    /// Quotation attributions write the role and the employer together (<c>Directrice, Fondation X</c>,
    /// <c>CEO of X</c>); the employer is already <c>schema:worksFor</c>, so the job title keeps the role only.
    /// </summary>
    internal static string WithoutEmployer(string jobTitle, IReadOnlyList<string> employers)
    {
        var t = jobTitle.Trim();
        foreach (var name in employers.OrderByDescending(n => n.Length))
        {
            if (name.Length == 0 || !t.EndsWith(name, StringComparison.OrdinalIgnoreCase)) continue;
            var head = t[..^name.Length];
            foreach (var j in s_joiners)
                if (head.EndsWith(j, StringComparison.OrdinalIgnoreCase) && head.Length > j.Length)
                    return head[..^j.Length].Trim();
        }
        return t;
    }
}
