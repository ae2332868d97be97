using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Results;
using Graph.Testing;

namespace Graph.Sparql.Tests.Results;

public sealed class ResultsFormatTests
{
    private static readonly SparqlResultSet Sample = new(
        ["s", "o"],
        [
            [new Iri("http://example.org/s1"), Literal.String("a, \"b\"\nc")],
            [new BlankNode("b0"), new Literal("chat", "fr")],
            [new Iri("http://example.org/s3"), new Literal("4", Xsd.Integer)],
            [null, new Literal("5.5", Xsd.Decimal)],
        ]);

    [Theory]
    [InlineData(SparqlResultsFormat.Json)]
    [InlineData(SparqlResultsFormat.Xml)]
    [InlineData(SparqlResultsFormat.Tsv)]
    public void Round_trip_keeps_every_term(SparqlResultsFormat format)
    {
        var text = SparqlResults.WriteToString(Sample, format);
        var back = SparqlResults.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), format);
        Assert.Equal(Sample.Variables, back.Variables);
        Assert.Equal(Sample.Rows.Count, back.Rows.Count);
        for (var i = 0; i < Sample.Rows.Count; i++) Assert.Equal(Sample.Rows[i], back.Rows[i]);
        Assert.Equal(text, SparqlResults.WriteToString(back, format));
    }

    [Fact]
    public void Csv_quotes_fields_and_uses_crlf()
    {
        var text = SparqlResults.WriteToString(Sample, SparqlResultsFormat.Csv);
        Assert.Equal("s,o\r\nhttp://example.org/s1,\"a, \"\"b\"\"\nc\"\r\n_:b0,chat\r\nhttp://example.org/s3,4\r\n,5.5\r\n", text);
    }

    [Fact]
    public void Tsv_writes_turtle_terms()
    {
        var text = SparqlResults.WriteToString(Sample, SparqlResultsFormat.Tsv);
        Assert.Equal("?s\t?o\n<http://example.org/s1>\t\"a, \\\"b\\\"\\nc\"\n_:b0\t\"chat\"@fr\n<http://example.org/s3>\t4\n\t5.5\n", text);
    }

    [Theory]
    [InlineData(SparqlResultsFormat.Json)]
    [InlineData(SparqlResultsFormat.Xml)]
    public void Boolean_round_trip(SparqlResultsFormat format)
    {
        var text = SparqlResults.WriteToString(SparqlResultSet.FromBoolean(true), format);
        var back = SparqlResults.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), format);
        Assert.True(back.Boolean);
    }

    [Fact]
    public void Json_and_tsv_files_of_the_W3C_suite_agree()
    {
        var folder = SharedData.Require("w3c/rdf-tests/sparql/sparql11");
        var json = Read(Path.Combine(folder, "json-res/jsonres01.srj"));
        var tsv = Read(Path.Combine(folder, "csv-tsv-res/csvtsv01.tsv"));
        Assert.Equal(tsv.Variables, json.Variables);
        Assert.Equal(6, tsv.Rows.Count);
        Assert.Equal(new Literal("4", Xsd.Integer), tsv.Rows[3][2]);
        Assert.IsType<BlankNode>(tsv.Rows[5][2]);
    }

    [Fact]
    public void Every_srx_and_srj_file_of_the_W3C_suite_reads_and_round_trips()
    {
        var root = SharedData.Require("w3c/rdf-tests/sparql");
        var files = Directory.EnumerateFiles(root, "*.sr?", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 100);
        foreach (var file in files)
        {
            var format = SparqlResults.FromPath(file)!.Value;
            var set = Read(file);
            var again = SparqlResults.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SparqlResults.WriteToString(set, format))), format);
            Assert.Equal(set.Boolean, again.Boolean);
            Assert.Equal(set.Variables, again.Variables);
            Assert.Equal(set.Rows.Count, again.Rows.Count);
            for (var i = 0; i < set.Rows.Count; i++) Assert.True(Enumerable.SequenceEqual(set.Rows[i], again.Rows[i]), $"{file} row {i}");
        }
    }

    private static SparqlResultSet Read(string path)
    {
        using var stream = File.OpenRead(path);
        return SparqlResults.Read(stream, SparqlResults.FromPath(path)!.Value);
    }
}
