using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.JsonLd;
using Graph.Store;

namespace Graph.Publishing.Pages;

/// <summary>
/// The HTML page of one resource (Linked Data, https://www.w3.org/DesignIssues/LinkedData.html): a pure function of
/// the store and the IRI. Title from the resource's label; the note's text; its properties with human labels, related
/// resources under the URI space as local links; the resources that link to it; resources on the same document
/// (<c>#fragment</c> IRIs it points to) nested below; its description as embedded JSON-LD for search engines; alternate
/// links to its RDF serialisations. Every piece of data is escaped (<see cref="Html"/>).
/// </summary>
public static partial class ResourcePage
{
    private static readonly Iri[] s_textProperties = [Schema.Text, new(Schema.Namespace + "articleBody")];

    /// <summary>
    /// True when the store describes <paramref name="resource"/> (it is the subject of a statement). An IRI that is only
    /// linked to has no page: that is how a broken wikilink's target (see ontology/README.md) stays a 404.
    /// </summary>
    public static bool Exists(QuadStore store, Iri resource) =>
        store.Dictionary.TryGetId(resource, out var id) && store.CountMatches(id, TermId.Any, TermId.Any, TermId.AnyGraph) > 0;

    /// <summary>The statements a page and its RDF representations show: the resource's own and those of its <c>#fragment</c> resources.</summary>
    public static IReadOnlyList<Quad> Description(QuadStore store, Iri resource)
    {
        var quads = new List<Quad>();
        if (!store.Dictionary.TryGetId(resource, out var id)) return quads;
        foreach (var node in DocumentNodes(store, resource, id))
            foreach (var q in store.Match(node, TermId.Any, TermId.Any, TermId.AnyGraph))
                quads.Add(store.Decode(q).AsTriple());
        return quads.Distinct().ToList();
    }

    /// <summary>Renders the page; null when the store knows nothing of the resource (the caller answers 404).</summary>
    public static string? Render(QuadStore store, Iri resource, ResourcePageOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (!Exists(store, resource)) return null;
        var id = store.Dictionary.GetId(resource);
        var labels = new Labels(store, options.Languages);
        var title = labels.OfResource(id);
        var local = options.LocalLink(resource.Value);
        var sb = new StringBuilder(8192);

        sb.Append("<!DOCTYPE html>\n<html");
        if (Language(store, id) is { } lang) sb.Append(" lang=\"").Text(lang).Append('"');
        sb.Append(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Text(title).Append(" · ").Text(options.SiteTitle).Append("</title>\n");
        if (Html.IsSafeLink(resource.Value)) sb.Append("<link rel=\"canonical\" href=\"").Text(resource.Value).Append("\">\n");
        if (local is not null)
            foreach (var f in options.Alternates)
                sb.Append("<link rel=\"alternate\" type=\"").Text(f.MediaType).Append("\" href=\"").Text(local + "?format=" + f.Name).Append("\">\n");
        sb.Append("<script type=\"application/ld+json\">\n").Append(Html.ScriptJson(JsonLd(store, resource))).Append("</script>\n");
        sb.Append(PageStyle.Css);
        sb.Append("</head>\n<body>\n<header><a href=\"").Text(options.LocalPrefix).Append("\">").Text(options.SiteTitle).Append("</a></header>\n<main>\n");
        sb.Append("<h1>").Text(title).Append("</h1>\n");
        sb.Append("<p class=\"iri\"><code>").Text(resource.Value).Append("</code></p>\n");

        var textIds = s_textProperties.Select(store.Dictionary.GetId).Where(t => t != 0).ToHashSet();
        AppendTypes(sb, store, id, labels, options);
        AppendText(sb, store, id, textIds);
        AppendProperties(sb, store, id, labels, options, textIds);
        foreach (var node in DocumentNodes(store, resource, id).Skip(1))
        {
            sb.Append("<section class=\"part\">\n<h2 id=\"").Text(Fragment(store, node)).Append("\">").Text(labels.OfResource(node)).Append("</h2>\n");
            AppendTypes(sb, store, node, labels, options);
            AppendProperties(sb, store, node, labels, options, textIds);
            sb.Append("</section>\n");
        }
        AppendIncoming(sb, store, id, labels, options);
        sb.Append("</main>\n<footer>\n");
        if (local is not null)
        {
            sb.Append("<p>This resource as ");
            var first = true;
            foreach (var f in options.Alternates)
            {
                if (!first) sb.Append(" · ");
                first = false;
                sb.Link(local + "?format=" + f.Name, f.DisplayName);
            }
            sb.Append("</p>\n");
        }
        sb.Append("</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The page answered for an IRI the store does not know.</summary>
    public static string RenderNotFound(string requested, ResourcePageOptions options)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Not found · ").Text(options.SiteTitle).Append("</title>\n");
        sb.Append(PageStyle.Css).Append("</head>\n<body>\n<header><a href=\"").Text(options.LocalPrefix).Append("\">").Text(options.SiteTitle).Append("</a></header>\n<main>\n");
        sb.Append("<h1>Not found</h1>\n<p>The graph says nothing about <code>").Text(requested).Append("</code>.</p>\n");
        sb.Append("<p>").Link(options.LocalPrefix, "Query the graph").Append("</p>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    // The resource itself, then the #fragment resources of the same document it points to (an organisation's #address).
    private static List<int> DocumentNodes(QuadStore store, Iri resource, int id)
    {
        var nodes = new List<int> { id };
        var prefix = resource.Value + "#";
        var parts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var q in store.Match(id, TermId.Any, TermId.Any, TermId.AnyGraph))
            if (store.Dictionary.GetKind(q.Object) == TermKind.Iri && store.Dictionary.Decode(q.Object) is Iri o
                && o.Value.StartsWith(prefix, StringComparison.Ordinal))
                parts.Add(o.Value);
        nodes.AddRange(parts.Select(p => store.Dictionary.GetId(new Iri(p))));
        return nodes;
    }

    private static string Fragment(QuadStore store, int id) =>
        store.Dictionary.Decode(id) is Iri i && i.Value.IndexOf('#', StringComparison.Ordinal) is var h and >= 0 ? i.Value[(h + 1)..] : "";

    private static string JsonLd(QuadStore store, Iri resource)
    {
        using var buffer = new MemoryStream();
        new JsonLdWriter().Write(Description(store, resource), buffer, new IO.RdfWriterOptions { Canonical = true });
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string? Language(QuadStore store, int id)
    {
        var inLanguage = store.Dictionary.GetId(Schema.InLanguage);
        if (inLanguage == 0) return null;
        foreach (var q in store.Match(id, inLanguage, TermId.Any, TermId.AnyGraph))
            if (store.Dictionary.Decode(q.Object) is Literal l && l.LexicalForm.Length is > 0 and < 36) return l.LexicalForm;
        return null;
    }
}
