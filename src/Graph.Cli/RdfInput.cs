using Graph.Core.Diagnostics;
using Graph.IO;

namespace Graph.Cli;

/// <summary>Reads RDF files (or standard input, "-") into a sink, choosing the syntax from the extension or an explicit format.</summary>
internal static class RdfInput
{
    /// <summary>The format for <paramref name="path"/>: the explicit one if given, else from the extension.</summary>
    public static RdfFormat ResolveFormat(string path, RdfFormat? explicitFormat) =>
        explicitFormat
        ?? RdfFormat.FromPath(path)
        ?? throw new UsageException($"Cannot tell the syntax of '{path}' from its extension; give it with --from ({FormatNames}).");

    public static string FormatNames => string.Join(", ", RdfFormat.All.Select(f => f.Name));

    public static RdfFormat ParseFormat(string name, string option) =>
        RdfFormat.Find(name) ?? throw new UsageException($"Unknown format '{name}' for {option}; use one of: {FormatNames}.");

    /// <summary>Reads one input; throws <see cref="RdfSyntaxException"/> with all errors of the file on bad input.</summary>
    public static void Read(string path, RdfFormat? explicitFormat, string? baseIri, IQuadSink sink)
    {
        var isStdin = path == "-";
        if (isStdin && explicitFormat is null)
            throw new UsageException("Reading standard input ('-') needs --from.");
        var format = ResolveFormat(path, explicitFormat);
        var reader = RdfSyntaxes.CreateReader(format);
        var options = new RdfReaderOptions
        {
            BaseIri = baseIri ?? (isStdin ? null : new Uri(Path.GetFullPath(path)).AbsoluteUri),
            FileName = isStdin ? "<stdin>" : path,
        };
        using var stream = isStdin ? Console.OpenStandardInput() : OpenFile(path);
        reader.Read(stream, sink, options);
    }

    private static FileStream OpenFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file.", path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }
}
