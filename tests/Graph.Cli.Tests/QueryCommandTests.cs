using Graph.Sparql.Results;

namespace Graph.Cli.Tests;

public sealed class QueryCommandTests
{
    private static readonly string People = CliRun.Data("people.ttl");
    private const string Foaf = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> ";

    [Fact]
    public void Select_json_has_the_filtered_rows_in_order()
    {
        var (exit, stdout, stderr) = CliRun.Run("query", "--data", People, "--query", CliRun.Data("names.rq"), "--results", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdout));
        var set = SparqlResults.Read(json, SparqlResultsFormat.Json);
        Assert.Equal(["name", "age"], set.Variables);
        Assert.Equal(["\"Alice\"", "\"Carol\"@fr"], set.Rows.Select(r => r[0]!.ToString()));
    }

    [Fact]
    public void Select_csv()
    {
        var (exit, stdout, _) = CliRun.Run("query", "--data", People, "--results", "csv",
            Foaf + "SELECT ?name WHERE { ?p foaf:age ?age ; foaf:name ?name } ORDER BY DESC(?age)");

        Assert.Equal(0, exit);
        Assert.Equal("name\r\nCarol\r\nAlice\r\nBob\r\n", stdout);
    }

    [Fact]
    public void Select_table_is_aligned_with_prefixed_iris_and_bare_numbers()
    {
        var (exit, stdout, _) = CliRun.Run("query", "--data", People, "--results", "table",
            Foaf + "PREFIX ex: <http://example.org/> SELECT ?p ?age ?friend WHERE { ?p foaf:age ?age OPTIONAL { ?p foaf:knows ?friend } } ORDER BY ?age");

        Assert.Equal(0, exit);
        Assert.Equal(
            "| ?p       | ?age | ?friend  |\n" +
            "|----------|------|----------|\n" +
            "| ex:bob   | 27   |          |\n" +
            "| ex:alice | 34   | ex:bob   |\n" +
            "| ex:carol | 41   | ex:alice |\n" +
            "3 rows\n",
            stdout);
    }

    [Theory]
    [InlineData("ASK { ?p <http://xmlns.com/foaf/0.1/name> \"Bob\" }", "true")]
    [InlineData("ASK { ?p <http://xmlns.com/foaf/0.1/name> \"Zoe\" }", "false")]
    public void Ask(string query, string expected)
    {
        var (exit, table, _) = CliRun.Run("query", "--data", People, "--results", "table", query);
        var (_, json, _) = CliRun.Run("query", "--data", People, "--results", "json", query);

        Assert.Equal(0, exit);
        Assert.Equal(expected + "\n", table);
        Assert.Contains("\"boolean\":" + expected, json);
    }

    [Fact]
    public void Construct_to_ntriples()
    {
        var (exit, stdout, _) = CliRun.Run("query", "--data", People, "--results", "nt",
            Foaf + "CONSTRUCT { ?b foaf:knownBy ?a } WHERE { ?a foaf:knows ?b }");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                "<http://example.org/alice> <http://xmlns.com/foaf/0.1/knownBy> <http://example.org/carol> .",
                "<http://example.org/bob> <http://xmlns.com/foaf/0.1/knownBy> <http://example.org/alice> .",
            ],
            lines);
    }

    [Fact]
    public void Bad_query_exits_1_with_line_and_column_on_stderr()
    {
        var (exit, stdout, stderr) = CliRun.Run("query", "--data", People, "SELECT *\nWHERE { ?s ?p }");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("<query>(2,15)", stderr);
    }

    [Fact]
    public void Named_graph_holds_its_file()
    {
        var (exit, stdout, _) = CliRun.Run("query", "--data", People, "--named", "http://example.org/g=" + CliRun.Data("extra.nt"),
            "--results", "csv", "SELECT ?g ?n WHERE { GRAPH ?g { ?s <http://xmlns.com/foaf/0.1/name> ?n } }");

        Assert.Equal(0, exit);
        Assert.Equal("g,n\r\nhttp://example.org/g,Dave\r\n", stdout);
    }

    [Fact]
    public void Named_data_stays_out_of_the_default_graph()
    {
        var (_, stdout, _) = CliRun.Run("query", "--named", "http://example.org/g=" + CliRun.Data("extra.nt"),
            "--results", "csv", "SELECT ?s WHERE { ?s ?p ?o }");

        Assert.Equal("s\r\n", stdout);
    }

    [Fact]
    public void Vault_folder_is_converted_on_the_fly()
    {
        var samples = Path.Combine(Graph.Testing.SharedData.RepositoryRoot, "samples");
        var (exit, stdout, _) = CliRun.Run("query", "--data", samples, "--results", "csv",
            "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <http://schema.org/Article> }");

        Assert.Equal(0, exit);
        var count = int.Parse(stdout.Split("\r\n")[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0, stdout);
    }

    [Fact]
    public void Explain_prints_the_algebra_without_running()
    {
        var (exit, stdout, _) = CliRun.Run("query", "--explain", "--query", CliRun.Data("names.rq"));

        Assert.Equal(0, exit);
        Assert.StartsWith("before: (project (?name ?age) (order (?name) (filter (> ?age 30) (bgp", stdout);
        Assert.Contains("\nafter: (project (?name ?age)", stdout);
    }

    [Theory]
    [InlineData("--results", "ttl")]
    [InlineData("--results", "nope")]
    public void Wrong_results_format_for_select_is_a_usage_error(string option, string value)
    {
        var (exit, _, stderr) = CliRun.Run("query", "--data", People, option, value, "SELECT * WHERE { ?s ?p ?o }");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", stderr);
    }

    [Fact]
    public void Query_both_as_text_and_file_is_a_usage_error()
    {
        var (exit, _, _) = CliRun.Run("query", "--query", CliRun.Data("names.rq"), "ASK {}");

        Assert.Equal(2, exit);
    }

    [Fact]
    public void Result_limit_fails_with_a_clear_error()
    {
        var (exit, _, stderr) = CliRun.Run("query", "--data", People, "--max-results", "2", "--results", "csv", "SELECT * WHERE { ?s ?p ?o }");

        Assert.Equal(4, exit);
        Assert.Contains("more than 2 rows", stderr);
    }

    [Fact]
    public void Timeout_fails_with_a_clear_error()
    {
        // ~100k rows of cross product: far more work than a microsecond allows, and many operator checks.
        var (exit, stdout, stderr) = CliRun.Run("query", "--data", People, "--timeout", "0.000001", "--results", "csv",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");

        Assert.Equal(4, exit);
        Assert.Equal("", stdout);
        Assert.Contains("did not finish", stderr);
    }

    [Fact]
    public void Missing_data_file_is_an_io_error()
    {
        var (exit, _, stderr) = CliRun.Run("query", "--data", CliRun.Data("absent.ttl"), "ASK {}");

        Assert.Equal(3, exit);
        Assert.Contains("absent.ttl", stderr);
    }
}
