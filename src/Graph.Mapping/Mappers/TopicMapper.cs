using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Mapping.Mappers;

/// <summary>
/// Tags → a SKOS concept scheme: one <c>skos:Concept</c> per tag used (and per broader tag they imply), with
/// language-tagged labels from <c>ontology/topics.json</c>, the tag as <c>skos:notation</c>, and
/// <c>skos:broader</c>/<c>skos:narrower</c> from nested tags (<c>a/b</c>) or the configured hierarchy.
/// </summary>
internal static class TopicMapper
{
    /// <summary>Every tag the scheme will hold: the notes' tags, their ancestors, and the configured topics and broader topics.</summary>
    public static IEnumerable<string> AllTags(MappingContext ctx)
    {
        foreach (var note in ctx.Vault.Notes)
            foreach (var tag in note.Tags)
            {
                // Most tags are not nested: the tag is its only name.
                if (!tag.Name.Contains('/', StringComparison.Ordinal))
                {
                    yield return tag.Name;
                    continue;
                }
                var names = tag.Name.Split('/');
                for (var i = 1; i <= names.Length; i++) yield return string.Join('/', names[..i]);
            }
        foreach (var (tag, entry) in ctx.Configuration.Topics.Topics)
        {
            yield return tag;
            if (entry.Broader is { } broader) yield return broader;
        }
    }

    public static int Map(MappingContext ctx)
    {
        var labels = ctx.Configuration.Topics;
        var original = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var note in ctx.Vault.Notes)
            foreach (var tag in note.Tags)
            {
                original.TryAdd(tag.Name, tag.Original);
                if (!tag.Name.Contains('/', StringComparison.Ordinal)) continue;
                // A nested tag also names its ancestors, as written: "Archives/Maritimes" → "Archives".
                var parts = tag.Original.TrimStart('#').Split('/');
                var names = tag.Name.Split('/');
                for (var i = 1; i < names.Length && parts.Length == names.Length; i++)
                    original.TryAdd(string.Join('/', names[..i]), string.Join('/', parts[..i]));
            }

        // Close over broader tags so that every skos:broader points to a concept of the scheme.
        var broader = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        var pending = new Stack<string>(original.Keys);
        while (pending.Count > 0)
        {
            var tag = pending.Pop();
            if (broader.ContainsKey(tag)) continue;
            var parent = BroaderOf(labels, tag);
            if (parent == tag) parent = null;
            broader[tag] = parent;
            if (parent is not null) pending.Push(parent);
        }
        // A configured hierarchy could loop; cut the loop at the tag that closes it.
        foreach (var tag in broader.Keys.ToList())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { tag };
            for (var p = broader[tag]; p is not null; p = broader[p])
                if (!seen.Add(p)) { broader[tag] = null; break; }
        }

        var scheme = ctx.Iris.TopicScheme;
        ctx.Add(scheme, Rdf.Type, Skos.ConceptScheme);
        foreach (var (lang, label) in labels.SchemeLabel) ctx.AddText(scheme, Skos.PrefLabel, label, lang);
        if (labels.SchemeLabel.Count == 0) ctx.AddText(scheme, Skos.PrefLabel, "Topics", "en");

        foreach (var (tag, parent) in broader)
        {
            var c = ctx.Iris.Topic(tag);
            ctx.Add(c, Rdf.Type, Skos.Concept);
            ctx.Add(c, Skos.Notation, Literal.String(tag));
            ctx.Add(c, Skos.InScheme, scheme);
            if (labels.Topics.TryGetValue(tag, out var entry) && entry.Labels.Count > 0)
                foreach (var (lang, label) in entry.Labels) ctx.AddText(c, Skos.PrefLabel, label, lang);
            else
                ctx.AddText(c, Skos.PrefLabel, LabelOf(original.GetValueOrDefault(tag, tag)), ctx.Configuration.DefaultLanguage);
            if (parent is null)
            {
                ctx.Add(c, Skos.TopConceptOf, scheme);
                ctx.Add(scheme, Skos.HasTopConcept, c);
            }
            else
            {
                var p = ctx.Iris.Topic(parent);
                ctx.Add(c, Skos.Broader, p);
                ctx.Add(p, Skos.Narrower, c);
            }
        }
        return broader.Count;
    }

    private static string? BroaderOf(Configuration.TopicLabels labels, string tag)
    {
        var slash = tag.LastIndexOf('/');
        if (slash > 0) return tag[..slash];
        return labels.Topics.TryGetValue(tag, out var e) ? e.Broader : null;
    }

    // The last segment of a nested tag, as first written, is what a reader would call it.
    private static string LabelOf(string original) => original[(original.LastIndexOf('/') + 1)..];
}
