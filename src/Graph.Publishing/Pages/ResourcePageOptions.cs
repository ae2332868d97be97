using Graph.IO;

namespace Graph.Publishing.Pages;

/// <summary>How resource pages link and label: which IRIs are local, where the site's pages live, the languages to prefer.</summary>
public sealed record ResourcePageOptions
{
    /// <summary>The URI space of the dataset: IRIs under it are pages of this site.</summary>
    public required string UriSpace { get; init; }

    /// <summary>
    /// What replaces <see cref="UriSpace"/> in local links (default <c>/</c>: <c>{base}note/x</c> → <c>/note/x</c>), so
    /// that pages navigate on the server that renders them whatever host it runs on.
    /// </summary>
    public string LocalPrefix { get; init; } = "/";

    /// <summary>The site's name, in page titles and the header.</summary>
    public string SiteTitle { get; init; } = "Graph";

    /// <summary>Languages to pick labels in, most preferred first; then untagged, then any.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en", "fr"];

    /// <summary>RDF syntaxes offered as alternate representations (<c>?format=NAME</c>).</summary>
    public IReadOnlyList<RdfFormat> Alternates { get; init; } = [RdfFormat.Turtle, RdfFormat.JsonLd, RdfFormat.NTriples, RdfFormat.RdfXml];

    /// <summary>Most incoming links listed on a page; the rest are counted.</summary>
    public int MaxIncoming { get; init; } = 200;

    /// <summary>The local link of an IRI under <see cref="UriSpace"/>, or null.</summary>
    public string? LocalLink(string iri) =>
        iri.StartsWith(UriSpace, StringComparison.Ordinal) ? LocalPrefix + iri[UriSpace.Length..] : null;
}
