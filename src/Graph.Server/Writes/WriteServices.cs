namespace Graph.Server.Writes;

/// <summary>What the write routes share when <see cref="ServerOptions.Writes"/> is set: the options, the credential check and the serialised writer.</summary>
internal sealed record WriteServices(WriteOptions Options, WriteAuthorization Authorization, DatasetWriter Writer);
