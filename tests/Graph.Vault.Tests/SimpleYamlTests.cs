using Graph.Testing;
using Graph.Vault.Extraction;
using YamlDotNet.RepresentationModel;

namespace Graph.Vault.Tests;

public sealed class SimpleYamlTests
{
    [Theory]
    [InlineData("title: A  \ntags: a b\nalias: [x, y?]\neleventyNavigation:\n  key: k\n  parent: p\n", true)]
    [InlineData("tags:\n  - a\n  - b\n", true)]
    [InlineData("alias: [l'année de raison?, b]\n", true)]
    [InlineData("alias: ['quoted', b]\n", false)]
    [InlineData("alias: [a, it's: a map]\n", false)]
    [InlineData("title: \"quoted\"\n", false)]
    [InlineData("title: a: b\n", false)]
    [InlineData("a:\n  b:\n    c: d\n", false)]
    [InlineData("description: |\n  text\n", false)]
    [InlineData("title: one\ntitle: two\n", false)]
    public void Handles_the_simple_shapes_and_declines_the_rest(string yaml, bool handled) =>
        Assert.Equal(handled, SimpleYaml.TryParse(yaml) is not null);

    [Fact]
    public void Gives_the_same_nodes_as_YamlDotNet_on_every_front_matter_of_the_corpus()
    {
        var root = SharedData.Require("corpus/museumxtd");
        var compared = 0;
        foreach (var file in Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var raw = RawFrontMatter.Split(File.ReadAllText(file).Replace("\r\n", "\n"));
            if (raw.Yaml is null || SimpleYaml.TryParse(raw.Yaml) is not { } simple) continue;
            var stream = new YamlStream();
            stream.Load(new StringReader(raw.Yaml));
            Assert.Equal(Dump(stream.Documents[0].RootNode), Dump(simple));
            compared++;
        }
        Assert.True(compared > 150, $"only {compared} front matters took the fast path");
    }

    private static string Dump(YamlNode node) => node switch
    {
        YamlScalarNode s => string.IsNullOrEmpty(s.Value) ? "~" : "'" + s.Value.Trim() + "'",
        YamlSequenceNode q => "[" + string.Join(",", q.Children.Select(Dump)) + "]",
        YamlMappingNode m => "{" + string.Join(",", m.Children.Select(c => Dump(c.Key) + ":" + Dump(c.Value))) + "}",
        _ => node.GetType().Name,
    };

    private static string Dump(FrontMatterValue value) => value.Kind switch
    {
        FrontMatterValue.ValueKind.Scalar => string.IsNullOrEmpty(value.Value) ? "~" : "'" + value.Value.Trim() + "'",
        FrontMatterValue.ValueKind.Sequence => "[" + string.Join(",", value.Items!.Select(Dump)) + "]",
        FrontMatterValue.ValueKind.Mapping => "{" + string.Join(",", value.Entries!.Select(c => Dump(FrontMatterValue.Scalar(c.Key)) + ":" + Dump(c.Value))) + "}",
        _ => value.Kind.ToString(),
    };
}
