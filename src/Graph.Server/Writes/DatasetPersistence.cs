using Graph.Core.Terms;
using Graph.IO;
using Graph.Server.Protocol;
using Graph.Store;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Writes;

/// <summary>
/// Writes the served dataset back to files after a write: every file receives the whole dataset in the syntax its
/// extension names (canonical order, so the same data gives the same bytes), all files replaced together through
/// <see cref="AtomicFile.WriteAll"/>. A syntax without named graphs (Turtle, N-Triples, RDF/XML) cannot hold a dataset
/// that has some: such a write is refused with 409 before anything changes. Empty named graphs are not written (no
/// RDF syntax can state one).
/// </summary>
internal sealed class DatasetPersistence(IReadOnlyList<string> files)
{
    public IReadOnlyList<string> Files { get; } = files;

    /// <summary>Throws <see cref="ArgumentException"/> for a file whose syntax cannot be told or written.</summary>
    public static void CheckFiles(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"{file}: compressed files are not written back; name an uncompressed file (.trig, .nq, .ttl, …).");
            if (RdfFormat.FromPath(file) is null)
                throw new ArgumentException($"{file}: cannot tell the syntax from the extension (.trig, .nq, .ttl, .nt, .jsonld, .rdf).");
        }
    }

    /// <summary>The first file whose syntax cannot hold <paramref name="store"/>'s named graphs, or null.</summary>
    public string? CannotHold(QuadStore store) =>
        store.Graphs.Any(g => g != TermId.DefaultGraph) ? Files.FirstOrDefault(f => !RdfFormat.FromPath(f)!.SupportsDatasets) : null;

    /// <summary>Writes the dataset to every file, or to none (409 when a file's syntax cannot hold it; IO errors propagate).</summary>
    public void Save(QuadStore store)
    {
        if (Files.Count == 0) return;
        if (CannotHold(store) is { } file)
            throw new ProtocolException(StatusCodes.Status409Conflict,
                $"The write would leave named graphs, which {RdfFormat.FromPath(file)!.DisplayName} ({Path.GetFileName(file)}, where the server persists its data) cannot hold; nothing was changed.");
        var options = new RdfWriterOptions { Canonical = true };
        AtomicFile.WriteAll(Files.Select(f => (f, (Action<Stream>)(stream =>
            RdfSyntaxes.CreateWriter(RdfFormat.FromPath(f)!).Write(store.Quads(), stream, options)))).ToList());
    }
}
