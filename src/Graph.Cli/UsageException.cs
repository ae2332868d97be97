namespace Graph.Cli;

/// <summary>A command line that cannot be acted on; its message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
