using System.Runtime.ExceptionServices;
using Graph.Core.Terms;
using Graph.IO;

namespace Graph.Cli;

/// <summary>
/// Serialises the converter's statements into each dump format, side by side (every writer only reads them), each
/// straight into its file of an <see cref="AtomicFileSet"/> (renamed into place only when every file was written), so
/// that no dump is held in memory and the DCAT description can give their sizes.
/// </summary>
internal static class ConvertDumps
{
    /// <summary>Writes <c>graph.{extension}</c> per format into <paramref name="outDir"/>; returns their sizes in bytes, in order.</summary>
    public static long[] Write(IReadOnlyList<Quad> quads, IReadOnlyList<RdfFormat> formats, RdfWriterOptions options, string outDir, AtomicFileSet files)
    {
        var sizes = new long[formats.Count];
        try
        {
            Parallel.For(0, formats.Count, i =>
                sizes[i] = files.Write(Path.Combine(outDir, FileName(formats[i])), stream => RdfSyntaxes.CreateWriter(formats[i]).Write(quads, stream, options)));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return sizes;
    }

    public static string FileName(RdfFormat format) => "graph" + format.Extensions[0];
}
