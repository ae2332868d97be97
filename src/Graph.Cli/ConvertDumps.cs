using System.Runtime.ExceptionServices;
using Graph.Core.Terms;
using Graph.IO;
using Graph.IO.Text;

namespace Graph.Cli;

/// <summary>
/// Serialises the converter's statements into each dump format, side by side (every writer only reads them), into
/// memory, so that the files can be written all or none and the DCAT description can give their sizes.
/// </summary>
internal static class ConvertDumps
{
    /// <summary>One buffer per format, in the order of <paramref name="formats"/>; the caller disposes them.</summary>
    public static ChunkedBuffer[] Write(IReadOnlyList<Quad> quads, IReadOnlyList<RdfFormat> formats, RdfWriterOptions options)
    {
        var bytes = new ChunkedBuffer[formats.Count];
        try
        {
            Parallel.For(0, formats.Count, i =>
            {
                var buffer = new ChunkedBuffer();
                bytes[i] = buffer;
                RdfSyntaxes.CreateWriter(formats[i]).Write(quads, buffer, options);
            });
        }
        catch (AggregateException e)
        {
            foreach (var buffer in bytes) buffer?.Dispose();
            if (e.InnerExceptions.Count == 1) ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            throw;
        }
        return bytes;
    }
}
