using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>
/// Parses SPARQL 1.1 queries and updates (https://www.w3.org/TR/sparql11-query/#grammar) and translates them to algebra
/// (§18.2). Errors raise <see cref="Graph.Core.Diagnostics.RdfSyntaxException"/> with line, column, the offending token
/// and what was expected.
/// </summary>
public static class SparqlParser
{
    /// <summary>Parses a query (grammar [1] QueryUnit) and returns its algebra.</summary>
    public static Query ParseQuery(string text, SparqlParseOptions? options = null)
    {
        var parser = new QueryParser(text, options ?? new SparqlParseOptions());
        var syntax = parser.ParseQueryUnit();
        return parser.Builder.Build(syntax);
    }

    /// <summary>Parses an update request (grammar [3] UpdateUnit) and returns its operations.</summary>
    public static UpdateRequest ParseUpdate(string text, SparqlParseOptions? options = null)
    {
        var parser = new QueryParser(text, options ?? new SparqlParseOptions());
        return parser.ParseUpdateUnit();
    }
}
