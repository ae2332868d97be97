using System.CommandLine;

namespace Graph.Cli;

/// <summary>The <c>graph</c> root command: wires the subcommands.</summary>
internal static class GraphCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "Graph turns a vault of Markdown notes into a linked-data knowledge graph (Schema.org + SKOS), " +
            "converts between RDF syntaxes and answers SPARQL queries.");
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(RdfCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(PushCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UpdateCommand.Create());
        return root;
    }

    public static int Run(string[] args) => Create().Parse(args).Invoke();
}
