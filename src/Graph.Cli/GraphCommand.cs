using System.CommandLine;

namespace Graph.Cli;

/// <summary>The <c>graph</c> root command: wires the subcommands and maps exceptions to exit codes.</summary>
internal static class GraphCommand
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Graph: turn a vault of Markdown notes into a linked-data knowledge graph (Schema.org + SKOS), convert between RDF syntaxes and query with SPARQL.");
        return root.Parse(args).Invoke();
    }
}
