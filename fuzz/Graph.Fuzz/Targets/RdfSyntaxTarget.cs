using Graph.Core.Diagnostics;
using Graph.IO;
using Graph.IO.JsonLd;

namespace Graph.Fuzz.Targets;

/// <summary>
/// One RDF syntax: the input is read by our reader. Rejected input must raise <see cref="RdfSyntaxException"/> with a
/// position for every error (JSON-LD may also raise <see cref="JsonLdException"/>, its spec's error codes, which
/// have no position: they are about meaning, not text). Accepted input is written back in the same syntax (with the
/// document's prefixes and base) and as N-Quads, and each must read back as an isomorphic graph. N-Triples streamed
/// into the Turtle and JSON-LD writers (by bytes) must give what those writers give for the statements as objects.
/// </summary>
public sealed class RdfSyntaxTarget(string name, RdfFormat format) : FuzzTarget
{
    public override string Name => name;

    public override string Extension => format.Extensions[0];

    public RdfFormat Format => format;

    public override void Run(byte[] input)
    {
        QuadList read;
        try
        {
            read = Invariants.Read(format, input);
        }
        catch (RdfSyntaxException e)
        {
            Invariants.CheckSyntaxError(e, input, $"{Name} reader");
            return;
        }
        catch (JsonLdException e) when (format == RdfFormat.JsonLd)
        {
            Invariants.Require(e.Code.Length > 0, "jsonld reader: a JSON-LD error without its code");
            return;
        }
        catch (Exception e) when (e is not InvariantViolation)
        {
            throw new InvariantViolation($"{Name} reader: {e.GetType().Name} escaped instead of a syntax error: {e.Message}", e);
        }

        if (!format.SupportsDatasets)
            Invariants.Require(read.Quads.All(q => q.Graph is null), $"{Name} reader: a statement in a named graph from a syntax without graphs");

        // RDF/XML cannot write every graph (e.g. a predicate IRI that does not end in an XML name): its writer may refuse.
        var options = new RdfWriterOptions { Prefixes = read.Prefixes, BaseIri = Invariants.BaseIri };
        Invariants.RoundTrip(read.Quads, format, options, mayRefuse: format == RdfFormat.RdfXml);
        Invariants.RoundTrip(read.Quads, RdfFormat.NQuads, new RdfWriterOptions());
        if (format == RdfFormat.NTriples)
        {
            Invariants.StreamedLikeWritten(format, input, read.Quads, RdfFormat.Turtle);
            Invariants.StreamedLikeWritten(format, input, read.Quads, RdfFormat.JsonLd);
        }
    }
}
