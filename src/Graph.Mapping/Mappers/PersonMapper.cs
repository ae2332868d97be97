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
        foreach (var job in person.JobTitles)
            ctx.AddText(s, Schema.JobTitle, job.Text, job.Language ?? ctx.Configuration.DefaultLanguage);
        foreach (var org in person.Affiliations)
            if (ctx.OrganizationKeys.Contains(org)) ctx.Add(s, Schema.WorksFor, ctx.Iris.Organization(org));
        foreach (var url in person.ProfileUrls)
            if (ctx.UrlIri(url) is { } iri) ctx.Add(s, Schema.SameAs, iri);
        foreach (var path in person.SubjectOf)
            if (ctx.NotePaths.Contains(path)) ctx.Add(s, Schema.SubjectOf, ctx.Iris.Note(path));
    }
}
