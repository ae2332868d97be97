using System.Text;
using System.Text.Json;
using Graph.Publishing.Queries;

namespace Graph.Publishing.Pages;

/// <summary>
/// The query page served at <c>/</c>: a SPARQL editor, the example queries as buttons, a Run button (Ctrl+Enter) that
/// POSTs to the endpoint asking for <c>application/sparql-results+json</c>, a result table (local IRIs link to their
/// pages), and errors shown with the caret moved to their line and column. Self-contained: vanilla JavaScript, inline
/// CSS, no request to any other host.
/// </summary>
public static class QueryPage
{
    private static readonly Lazy<string> s_template = new(() =>
    {
        using var stream = typeof(QueryPage).Assembly.GetManifestResourceStream("Graph.Publishing.Pages.query.html")
            ?? throw new InvalidOperationException("query.html is not embedded in Graph.Publishing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <param name="title">The site's name.</param>
    /// <param name="endpoint">The SPARQL endpoint's path or URL (e.g. <c>/sparql</c>).</param>
    /// <param name="uriSpace">IRIs under it are shown as links to this server's pages.</param>
    /// <param name="localPrefix">What replaces <paramref name="uriSpace"/> in those links.</param>
    /// <param name="voidPath">Where the VoID description is served.</param>
    /// <param name="dcatPath">Where the DCAT description is served.</param>
    /// <param name="examples">The example queries (default <see cref="ExampleQueries.All"/>).</param>
    public static string Render(string title, string endpoint = "/sparql", string? uriSpace = null, string localPrefix = "/",
        string voidPath = "/.well-known/void", string dcatPath = "/dcat", IReadOnlyList<ExampleQuery>? examples = null)
    {
        var config = JsonSerializer.Serialize(new
        {
            endpoint,
            uriSpace,
            localPrefix,
            examples = (examples ?? ExampleQueries.All).Select(e => new { key = e.Key, title = e.Title, text = e.Text }),
        });
        // The configuration goes in last, so that placeholders inside the data are never expanded.
        return new StringBuilder(s_template.Value)
            .Replace("{{TITLE}}", Html.Escape(title))
            .Replace("{{ENDPOINT}}", Html.Escape(endpoint))
            .Replace("{{VOID}}", Html.Escape(voidPath))
            .Replace("{{DCAT}}", Html.Escape(dcatPath))
            .Replace("{{CONFIG_JSON}}", Html.ScriptJson(config))
            .ToString();
    }
}
