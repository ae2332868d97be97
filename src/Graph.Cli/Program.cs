using Graph.Cli;

return GraphCommand.Run(args);
