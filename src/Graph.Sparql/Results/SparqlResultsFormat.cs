namespace Graph.Sparql.Results;

/// <summary>The result formats we read and write, with their media types and file extensions.</summary>
public enum SparqlResultsFormat
{
    /// <summary>application/sparql-results+json (.srj)</summary>
    Json,
    /// <summary>application/sparql-results+xml (.srx)</summary>
    Xml,
    /// <summary>text/csv (.csv) — lossy: term kinds and datatypes are not kept.</summary>
    Csv,
    /// <summary>text/tab-separated-values (.tsv) — terms in Turtle syntax.</summary>
    Tsv,
}
