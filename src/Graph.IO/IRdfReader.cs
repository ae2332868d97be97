namespace Graph.IO;

/// <summary>A parser for one RDF syntax. Implementations throw <see cref="Graph.Core.Diagnostics.RdfSyntaxException"/> on bad input, after reporting every error they could recover from.</summary>
public interface IRdfReader
{
    RdfFormat Format { get; }

    void Read(Stream input, IQuadSink sink, RdfReaderOptions options);
}
