using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Store;

namespace Graph.Publishing.Pages;

public static partial class ResourcePage
{
    private static void AppendTypes(StringBuilder sb, QuadStore store, int id, Labels labels, ResourcePageOptions options)
    {
        var type = store.Dictionary.GetId(Rdf.Type);
        if (type == 0) return;
        var types = new List<int>();
        foreach (var q in store.Match(id, type, TermId.Any, TermId.AnyGraph)) types.Add(q.Object);
        if (types.Count == 0) return;
        sb.Append("<p class=\"types\">");
        var first = true;
        foreach (var t in types.OrderBy(labels.OfResource, StringComparer.Ordinal))
        {
            if (!first) sb.Append(", ");
            first = false;
            AppendValue(sb, store, t, labels, options);
        }
        sb.Append("</p>\n");
    }

    // A note's text: paragraphs separated by blank lines, line breaks kept.
    private static void AppendText(StringBuilder sb, QuadStore store, int id, HashSet<int> textProperties)
    {
        foreach (var p in textProperties.Order())
        {
            foreach (var q in store.Match(id, p, TermId.Any, TermId.AnyGraph))
            {
                if (store.Dictionary.Decode(q.Object) is not Literal text) continue;
                sb.Append("<article class=\"text\"");
                if (text.Language is { } lang) sb.Append(" lang=\"").Text(lang).Append('"');
                sb.Append(">\n");
                foreach (var para in text.LexicalForm.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
                {
                    if (string.IsNullOrWhiteSpace(para)) continue;
                    sb.Append("<p>").Text(para.Trim('\n')).Append("</p>\n");
                }
                sb.Append("</article>\n");
            }
        }
    }

    private static void AppendProperties(StringBuilder sb, QuadStore store, int id, Labels labels, ResourcePageOptions options, HashSet<int> skip)
    {
        var type = store.Dictionary.GetId(Rdf.Type);
        var byProperty = new SortedDictionary<int, List<int>>();
        foreach (var q in store.Match(id, TermId.Any, TermId.Any, TermId.AnyGraph))
        {
            if (q.Predicate == type || skip.Contains(q.Predicate)) continue;
            if (!byProperty.TryGetValue(q.Predicate, out var values)) byProperty[q.Predicate] = values = [];
            if (!values.Contains(q.Object)) values.Add(q.Object);
        }
        if (byProperty.Count == 0) return;
        sb.Append("<table class=\"properties\">\n");
        foreach (var (p, values) in byProperty.OrderBy(kv => labels.OfProperty(kv.Key), StringComparer.Ordinal).ThenBy(kv => kv.Key))
        {
            var iri = ((Iri)store.Dictionary.Decode(p)).Value;
            sb.Append("<tr><th>").Link(iri, labels.OfProperty(p), iri).Append("</th><td>");
            if (values.Count == 1) AppendValue(sb, store, values[0], labels, options);
            else
            {
                sb.Append("<ul>");
                foreach (var v in values.OrderBy(labels.OfResource, StringComparer.Ordinal).ThenBy(v => v))
                {
                    sb.Append("<li>");
                    AppendValue(sb, store, v, labels, options);
                    sb.Append("</li>");
                }
                sb.Append("</ul>");
            }
            sb.Append("</td></tr>\n");
        }
        sb.Append("</table>\n");
    }

    private static void AppendIncoming(StringBuilder sb, QuadStore store, int id, Labels labels, ResourcePageOptions options)
    {
        var links = new List<(int Subject, int Predicate)>();
        foreach (var q in store.Match(TermId.Any, TermId.Any, id, TermId.AnyGraph))
            if (q.Subject != id) links.Add((q.Subject, q.Predicate));
        if (links.Count == 0) return;
        var ordered = links.Distinct()
            .OrderBy(l => labels.OfProperty(l.Predicate), StringComparer.Ordinal)
            .ThenBy(l => labels.OfResource(l.Subject), StringComparer.Ordinal)
            .ThenBy(l => l.Subject)
            .ToList();
        sb.Append("<h2>Linked from</h2>\n<table class=\"incoming\">\n");
        foreach (var (s, p) in ordered.Take(options.MaxIncoming))
        {
            var iri = ((Iri)store.Dictionary.Decode(p)).Value;
            sb.Append("<tr><td>");
            AppendValue(sb, store, s, labels, options);
            sb.Append("</td><th>").Link(iri, labels.OfProperty(p), iri).Append("</th></tr>\n");
        }
        sb.Append("</table>\n");
        if (ordered.Count > options.MaxIncoming)
            sb.Append("<p class=\"more\">and ").Append(ordered.Count - options.MaxIncoming).Append(" more.</p>\n");
    }

    // An IRI under the URI space → a local link with its label; another IRI → a link to itself; a literal → its text,
    // with its language and datatype as attributes; a blank node → its label.
    private static void AppendValue(StringBuilder sb, QuadStore store, int id, Labels labels, ResourcePageOptions options)
    {
        switch (store.Dictionary.Decode(id))
        {
            case Iri iri:
                var label = labels.OfResource(id);
                if (options.LocalLink(iri.Value) is { } local) sb.Link(local, label, iri.Value);
                else sb.Link(iri.Value, labels.Stated(id) ?? iri.Value, iri.Value);
                break;
            case Literal l:
                sb.Append("<span class=\"literal\"");
                if (l.Language is { } lang) sb.Append(" lang=\"").Text(lang).Append('"');
                else if (!l.IsSimple) sb.Append(" title=\"").Text(l.Datatype.Value).Append('"');
                sb.Append('>').Text(l.LexicalForm).Append("</span>");
                break;
            case BlankNode:
                sb.Append("<span class=\"blank\">").Text(labels.OfResource(id)).Append("</span>");
                break;
            case var t:
                throw new System.Diagnostics.UnreachableException(t.GetType().Name);
        }
    }
}
