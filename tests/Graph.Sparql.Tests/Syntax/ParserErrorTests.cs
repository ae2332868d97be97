using Graph.Core.Diagnostics;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Tests.Syntax;

public sealed class ParserErrorTests
{
    private static void ShouldNotParse(string query, string message, int line, int column, string? found = null)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => SparqlParser.ParseQuery(query, new SparqlParseOptions { File = "q.rq" }));
        Assert.Equal(message, e.First.Message);
        Assert.Equal(new TextPosition(line, column), e.First.Position);
        if (found is not null) Assert.Equal(found, e.First.OffendingText);
        Assert.Equal("q.rq", e.First.File);
    }

    [Fact]
    public void Missing_close_brace() =>
        ShouldNotParse("SELECT * WHERE { ?s ?p ?o ", "Expected '.', '}' or a graph pattern", 1, 27, "end of input");

    [Theory]
    [InlineData("\\UA001f46a")] // above int.MaxValue: once read as a negative code point
    [InlineData("\\U00110000")]
    [InlineData("\\uD800")]
    public void Escape_that_is_not_a_scalar_value(string escape) =>
        ShouldNotParse($"SELECT * {{ ?s ?p \"{escape}\" }}", "Invalid \\u escape: not a Unicode scalar value", 1, 18);

    [Fact]
    public void Missing_object() =>
        ShouldNotParse("SELECT * WHERE {\n  ?s ?p }", "Expected a variable, an IRI, a literal or a blank node", 2, 9, "}");

    [Fact]
    public void Column_counts_code_points() =>
        ShouldNotParse("SELECT * { ?s <http://x/p> \"😀😀\" ; ?? }", "Expected '.', '}' or a graph pattern", 1, 35, "?");

    [Fact]
    public void Empty_group_not_closed() =>
        ShouldNotParse("ASK {\n  OPTIONAL { } ", "Expected '}' or a triple pattern", 2, 16, "end of input");

    [Fact]
    public void Undefined_prefix() =>
        ShouldNotParse("SELECT * { ?s ex:p ?o }", "Undefined prefix 'ex:'", 1, 15, "ex:p");

    [Fact]
    public void Aggregate_in_where() =>
        ShouldNotParse("SELECT * { ?s ?p ?o FILTER(COUNT(?s) > 1) }", "Aggregates are only allowed in SELECT, HAVING and ORDER BY", 1, 28, "COUNT");

    [Fact]
    public void Select_star_with_group_by() =>
        ShouldNotParse("SELECT * { ?s ?p ?o } GROUP BY ?s", "SELECT * is not allowed in a grouped query", 1, 1);

    [Fact]
    public void Bind_rebinds_a_variable() =>
        ShouldNotParse("SELECT * { ?s ?p ?o BIND(1 AS ?o) }", "BIND assigns ?o, which is already in scope", 1, 21);

    [Fact]
    public void Select_expression_rebinds_a_variable() =>
        ShouldNotParse("SELECT (1 AS ?s) { ?s ?p ?o }", "Variable ?s is already in scope; a select expression must bind a new variable", 1, 8);

    [Fact]
    public void Ungrouped_projection() =>
        ShouldNotParse("SELECT ?o { ?s ?p ?o } GROUP BY ?s", "Variable ?o is projected but neither grouped nor aggregated", 1, 8);

    [Fact]
    public void Blank_node_label_in_two_bgps() =>
        ShouldNotParse("SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }", "Blank node label _:a is used in two basic graph patterns", 1, 33, "_:a");

    [Fact]
    public void Wrong_arity() =>
        ShouldNotParse("SELECT * { ?s ?p ?o FILTER(STRLEN(?o, 1)) }", "STRLEN takes 1 argument(s), found 2", 1, 28);

    [Fact]
    public void Unterminated_string() =>
        ShouldNotParse("SELECT * { ?s ?p \"abc }", "Unterminated string", 1, 18);

    [Fact]
    public void Message_lists_file_position_and_text()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => SparqlParser.ParseQuery("ASK { ?s ?p ?o ", new SparqlParseOptions { File = "q.rq" }));
        Assert.Equal("q.rq(1,16): error: Expected '.', '}' or a graph pattern (found 'end of input')", e.Message);
    }
}
