using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Publishing.Pages;
using Graph.Publishing.Queries;

namespace Graph.Publishing.Tests.Pages;

public class QueryPageTests
{
    [Fact]
    public void CarriesTheExamplesAndEndpointInItsConfiguration()
    {
        var html = QueryPage.Render("Sample <graph>", "/sparql", "https://example.org/graph/");
        Assert.Contains("<title>Sample &lt;graph&gt; · SPARQL</title>", html, StringComparison.Ordinal);
        var json = Regex.Match(html, "<script type=\"application/json\" id=\"config\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var config = JsonDocument.Parse(json);
        Assert.Equal("/sparql", config.RootElement.GetProperty("endpoint").GetString());
        Assert.Equal(ExampleQueries.All.Count, config.RootElement.GetProperty("examples").GetArrayLength());
        Assert.Equal(ExampleQueries.All[0].Text, config.RootElement.GetProperty("examples")[0].GetProperty("text").GetString());
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileExampleTextCannotCloseTheScript()
    {
        var html = QueryPage.Render("t", examples: [new ExampleQuery("x", "</script><script>alert(1)</script>", "SELECT * { ?s ?p \"</script>{{TITLE}}\" }")]);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "</script>"));
        Assert.Contains("{{TITLE}}", html, StringComparison.Ordinal); // data is never expanded as a placeholder
    }
}
