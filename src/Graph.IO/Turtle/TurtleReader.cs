using Graph.Core.Diagnostics;

namespace Graph.IO.Turtle;

/// <summary>
/// Reads Turtle (<see href="https://www.w3.org/TR/turtle/">RDF 1.1 Turtle</see>) or, with <c>trig: true</c>, TriG
/// (<see href="https://www.w3.org/TR/trig/">RDF 1.1 TriG</see>). Streams the input through a refillable buffer;
/// relative IRIs resolve against <see cref="RdfReaderOptions.BaseIri"/> and <c>@base</c>; prefix and base
/// declarations are forwarded to the sink. A bad statement is reported and skipped up to the next '.', and every
/// error of the document is thrown at the end as one <see cref="RdfSyntaxException"/>.
/// </summary>
public sealed class TurtleReader(bool trig = false) : IRdfReader
{
    public RdfFormat Format => trig ? RdfFormat.TriG : RdfFormat.Turtle;

    public void Read(Stream input, IQuadSink sink, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        new TurtleParser(input, sink, options, trig).ParseDocument();
    }
}
