namespace Graph.Cli.Tests;

public class RdfCommandTests
{
    private static string Temp(string name, string content)
    {
        var dir = Directory.CreateTempSubdirectory("graph-rdf-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void CountsStatements()
    {
        var file = Temp("a.ttl", "@prefix : <http://example.org/> . :a :b :c, :d ; :e \"x\"@fr .");
        Assert.Equal(0, CliRunner.Run(out var stdout, out _, "rdf", file, "--count"));
        Assert.Equal("3", stdout.Trim());
    }

    [Fact]
    public void ConvertsTurtleToNTriplesFile()
    {
        var file = Temp("a.ttl", "@prefix : <http://example.org/> . :a :b 1 .");
        var output = Path.Combine(Path.GetDirectoryName(file)!, "out.nt");
        Assert.Equal(0, CliRunner.Run(out _, out var stderr, "rdf", file, "-o", output));
        Assert.Equal("<http://example.org/a> <http://example.org/b> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", File.ReadAllText(output));
        Assert.Empty(stderr);
    }

    [Fact]
    public void BadInputNamesFileLineAndColumnAndWritesNothing()
    {
        var file = Temp("bad.ttl", "@prefix : <http://example.org/> .\n:a :b .\n");
        var output = Path.Combine(Path.GetDirectoryName(file)!, "out.nt");
        Assert.Equal(1, CliRunner.Run(out _, out var stderr, "rdf", file, "-o", output));
        Assert.Contains("bad.ttl(2,7): error:", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        var file = Temp("a.ttl", "");
        Assert.Equal(2, CliRunner.Run(out _, out var stderr, "rdf", file, "--to", "yaml"));
        Assert.Contains("Unknown format 'yaml'", stderr);
    }

    [Theory]
    [InlineData("--to", "ttl")]
    [InlineData("--to", "nt")]
    [InlineData("--to", "rdfxml")]
    [InlineData("-o", "out.ttl")]
    [InlineData("-o", "out.nt")]
    [InlineData("-o", "out.rdf")]
    public void NamedGraphsIntoASyntaxWithoutThemAreRefusedAndNothingIsWritten(string option, string value)
    {
        // The default-graph statement comes first: a streamed N-Triples file would already hold it when the named one arrives.
        var file = Temp("a.nq", "<http://example.org/s> <http://example.org/p> \"1\" .\n<http://example.org/s> <http://example.org/p> \"2\" <http://example.org/g> .\n");
        var target = option == "-o" ? Path.Combine(Path.GetDirectoryName(file)!, value) : value;
        Assert.Equal(2, CliRunner.Run(out var stdout, out var stderr, "rdf", file, option, target));
        Assert.Contains("named graph", stderr);
        Assert.Contains("<http://example.org/g>", stderr);
        Assert.DoesNotContain("Unhandled", stderr);
        Assert.Empty(stdout);
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(file)!), f => f != file);
    }
}
