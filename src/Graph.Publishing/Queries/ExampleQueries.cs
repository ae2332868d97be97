namespace Graph.Publishing.Queries;

/// <summary>
/// The example queries of the query page, written against the converter's vocabulary (<c>ontology/README.md</c>):
/// people and their organisations, quotations by person, notes by topic, broken links, classes. Each is a
/// <c>Queries/*.rq</c> file embedded in the assembly; its first line, a <c>#</c> comment, is its title.
/// </summary>
public static class ExampleQueries
{
    private static readonly Lazy<IReadOnlyList<ExampleQuery>> s_all = new(Load);

    public static IReadOnlyList<ExampleQuery> All => s_all.Value;

    private static List<ExampleQuery> Load()
    {
        var assembly = typeof(ExampleQueries).Assembly;
        const string prefix = "Graph.Publishing.Queries.";
        var list = new List<ExampleQuery>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            var firstLine = text.Split('\n', 2)[0];
            if (!firstLine.StartsWith('#')) throw new InvalidDataException($"{name}: the first line must be a '# title' comment");
            var key = name[prefix.Length..^".rq".Length];
            var dash = key.IndexOf('-', StringComparison.Ordinal);
            list.Add(new ExampleQuery(dash > 0 ? key[(dash + 1)..] : key, firstLine.TrimStart('#', ' '), text));
        }
        return list;
    }
}
