using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Vault.Model;

namespace Graph.Mapping.Mappers;

/// <summary>
/// A note → <c>schema:Article</c> (plus a type chosen by tag): identifier, name, alternate names, date, keywords and
/// topics, language, abstract, text, mentions, navigation parts, the resource it is based on, citations and media.
/// </summary>
internal static class NoteMapper
{
    public static void Map(MappingContext ctx, Note note)
    {
        var s = ctx.Iris.Note(note.Path);
        var lang = ctx.LanguageOf(note);
        ctx.Add(s, Rdf.Type, Schema.Article);
        foreach (var tag in note.Tags)
            if (ctx.Configuration.TagTypes.TryGetValue(tag.Name, out var type) && type.Contains(':', StringComparison.Ordinal))
                ctx.Add(s, Rdf.Type, new Iri(type));

        ctx.Add(s, Schema.Identifier, Literal.String(note.Path));
        ctx.AddText(s, Schema.Name, note.Name.Length > 0 ? note.Name : note.FileName);
        foreach (var alias in note.Aliases) ctx.AddText(s, Schema.AlternateName, alias);
        if (note.Date is { } date) ctx.Add(s, Schema.DateCreated, Literal.Date(date));
        foreach (var tag in note.Tags)
        {
            ctx.Add(s, Schema.Keywords, Literal.String(tag.Name));
            ctx.Add(s, Schema.About, ctx.Iris.Topic(tag.Name));
        }
        ctx.Add(s, Schema.InLanguage, Literal.String(lang));
        ctx.AddText(s, Schema.Abstract, note.Abstract, lang);
        ctx.AddText(s, Schema.Text, note.Text, lang);

        MapLinks(ctx, note, s);
        MapNavigation(ctx, note, s);
        MapExternal(ctx, note, s);
        MapMedia(ctx, note, s);
    }

    private static void MapLinks(MappingContext ctx, Note note, Iri s)
    {
        foreach (var link in note.WikiLinks)
        {
            // A broken link still says the note mentions something: the page it would link to, which nothing describes.
            if (link.ResolvedPath is null && link.Target.Length > 0) ctx.Add(s, Schema.Mentions, ctx.Iris.MissingNote(link.Target));
            if (link.ResolvedPath is not { } target || target == note.Path) continue;
            if (ctx.NotePaths.Contains(target)) ctx.Add(s, Schema.Mentions, ctx.Iris.Note(target));
        }
        foreach (var person in note.People)
            if (person.PersonKey is { } key && ctx.PersonKeys.Contains(key)) ctx.Add(s, Schema.Mentions, ctx.Iris.Person(key));
        foreach (var org in note.Organizations)
            if (org.OrganizationKey is { } key && ctx.OrganizationKeys.Contains(key)) ctx.Add(s, Schema.Mentions, ctx.Iris.Organization(key));
    }

    private static void MapNavigation(MappingContext ctx, Note note, Iri s)
    {
        if (note.Navigation?.ParentPath is not { } parent || parent == note.Path || !ctx.NotePaths.Contains(parent)) return;
        var p = ctx.Iris.Note(parent);
        ctx.Add(s, Schema.IsPartOf, p);
        ctx.Add(p, Schema.HasPart, s);
    }

    private static void MapExternal(MappingContext ctx, Note note, Iri s)
    {
        Iri? basedOn = null;
        if (note.Resource is { } resource)
        {
            basedOn = ctx.UrlIri(resource.Url, note.Path, resource.Position);
            if (basedOn is not null) ctx.Add(s, Schema.IsBasedOn, basedOn);
        }
        // Profile pages and organisations' sites are already said with sameAs / url; citing them again is noise.
        var identities = IdentityUrls(ctx, note);
        foreach (var link in note.ExternalLinks)
        {
            // Broken links are the reader's warnings; anchors and relative paths are not external resources.
            if (link.IsBroken || !link.Url.Contains("://", StringComparison.Ordinal)) continue;
            if (identities.Contains(link.Url.Trim())) continue;
            var iri = ctx.UrlIri(link.Url, note.Path, link.Position);
            if (iri is not null && !iri.Equals(basedOn)) ctx.Add(s, Schema.Citation, iri);
        }
    }

    private static HashSet<string> IdentityUrls(MappingContext ctx, Note note)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in note.People)
        {
            foreach (var u in p.ProfileUrls) urls.Add(u.Trim());
            if (p.OrganizationUrl is { } ou) urls.Add(ou.Trim());
        }
        foreach (var o in note.Organizations)
            if (o.Url is { } u) urls.Add(u.Trim());
        return urls;
    }

    private static void MapMedia(MappingContext ctx, Note note, Iri s)
    {
        foreach (var media in note.Media)
        {
            Iri? node;
            if (media.ResolvedPath is { } local)
            {
                if (ctx.NotePaths.Contains(local)) continue;
                node = ctx.Iris.Media(local);
            }
            else if (media.IsExternal) node = ctx.UrlIri(media.Source, note.Path, media.Position);
            else continue;
            if (node is null) continue;

            var (type, link) = media.Kind switch
            {
                MediaKind.Image => (Schema.ImageObject, Schema.Image),
                MediaKind.Video => (Schema.VideoObject, SchemaTerms.Video),
                MediaKind.Iframe => (Schema.MediaObject, SchemaTerms.AssociatedMedia),
                MediaKind.Document => (Schema.MediaObject, SchemaTerms.AssociatedMedia),
                _ => throw new System.Diagnostics.UnreachableException(media.Kind.ToString()),
            };
            ctx.Add(s, link, node);
            ctx.Add(node, Rdf.Type, type);
            if (media.ResolvedPath is { } path) ctx.Add(node, Schema.Identifier, Literal.String(path));
            else ctx.Add(node, media.Kind == MediaKind.Image ? Schema.ContentUrl : Schema.EmbedUrl, node);
            ctx.AddText(node, Schema.Name, media.Title);
        }
    }
}
