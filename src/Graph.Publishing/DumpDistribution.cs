namespace Graph.Publishing;

/// <summary>One dump file: its name relative to the download base, its media type and, when known, its size in bytes.</summary>
public sealed record DumpDistribution(string File, string MediaType, long? ByteSize = null);
