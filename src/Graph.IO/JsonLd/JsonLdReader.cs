using System.Globalization;

namespace Graph.IO.JsonLd;

/// <summary>
/// Reads JSON-LD 1.1 documents as RDF (the toRdf algorithm, https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm).
/// Remote contexts resolve through <see cref="LocalDocumentLoader.Default"/> unless <see cref="Options"/> gives another
/// loader: never the network. Blank nodes are scoped per document.
/// </summary>
public sealed class JsonLdReader : IRdfReader
{
    private static long s_documents;

    public JsonLdReader() : this(new JsonLdOptions()) { }

    public JsonLdReader(JsonLdOptions options) => Options = options;

    /// <summary>JSON-LD processing options (document loader, processing mode, rdfDirection...).</summary>
    public JsonLdOptions Options { get; }

    public RdfFormat Format => RdfFormat.JsonLd;

    public void Read(Stream input, IQuadSink sink, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = ReadAll(input);
        var prefix = string.IsNullOrEmpty(options.BlankNodePrefix)
            ? "j" + Interlocked.Increment(ref s_documents).ToString(CultureInfo.InvariantCulture)
            : options.BlankNodePrefix;
        var documentUrl = options.BaseIri;
        JsonSyntax.RequireUtf8(bytes, options.FileName);
        try
        {
            var jsonLdOptions = options.BaseIri is null ? Options : Options with { Base = Options.Base ?? options.BaseIri };
            // The one-pass reader covers the usual shapes; the full algorithm handles the rest and reports errors.
            if (new StreamingToRdf(jsonLdOptions, documentUrl, prefix + "_").TryRun(bytes) is { } quads)
            {
                foreach (var quad in quads) sink.OnQuad(quad);
                return;
            }
            var document = JsonSyntax.Parse(bytes, options.FileName);
            JsonLdProcessor.ToRdf(document, documentUrl, jsonLdOptions, sink, prefix + "_");
        }
        catch (JsonLdException e) when (options.FileName is not null)
        {
            throw new JsonLdException(e.Code, $"{options.FileName}: {e.Message}");
        }
    }

    /// <summary>The whole input in one array of its exact size: a file is read straight into it, without the copies and
    /// the doubling buffers of a <see cref="MemoryStream"/> (three times the document's size at the peak).</summary>
    private static byte[] ReadAll(Stream input)
    {
        var length = input.CanSeek ? input.Length - input.Position : -1;
        if (length >= 0 && length <= Array.MaxLength)
        {
            var bytes = new byte[length];
            input.ReadExactly(bytes);
            // A file that grew while being read: take the rest too.
            if (input.ReadByte() is var next and >= 0)
            {
                using var rest = new MemoryStream();
                rest.Write(bytes);
                rest.WriteByte((byte)next);
                input.CopyTo(rest);
                return rest.ToArray();
            }
            return bytes;
        }
        using var ms = new MemoryStream();
        input.CopyTo(ms);
        return ms.ToArray();
    }
}
