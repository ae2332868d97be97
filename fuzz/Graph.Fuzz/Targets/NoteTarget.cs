using System.Text;
using Graph.IO;
using Graph.Mapping;
using Graph.Vault;

namespace Graph.Fuzz.Targets;

/// <summary>
/// One note of a vault: the input is the text of a Markdown file (front matter + body). The vault reader must never
/// fail on it (its own guard turns an escaped exception into a "cannot parse the note" warning: that counts as a
/// failure here), every diagnostic must point inside the file, and the converter's graph must be valid RDF: written
/// as Turtle and as N-Triples, it reads back as the same graph.
/// </summary>
public sealed class NoteTarget : FuzzTarget
{
    private const string NotePath = "Notes/Fuzz note.md";

    private static readonly VaultReaderOptions s_options = VaultReaderOptions.Default with { MaxDegreeOfParallelism = 1 };

    public override string Name => "note";

    public override string Extension => ".md";

    public override void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var vault = VaultReader.ReadTexts([new(NotePath, text)], s_options);
        var lines = text.Count(c => c == '\n') + text.Count(c => c == '\r') + 1;
        foreach (var d in vault.Diagnostics)
        {
            Invariants.Require(!d.Message.StartsWith("cannot parse the note", StringComparison.Ordinal), $"note: extraction failed: {d}");
            Invariants.Require(d.Position.Line <= lines, $"note: a diagnostic on line {d.Position.Line} of a {lines}-line note: {d}");
        }
        Invariants.Require(vault.Notes.Count == 1, $"note: {vault.Notes.Count} notes read from one file");

        var result = VaultConverter.Convert(vault);
        Invariants.RoundTrip(result.Quads, RdfFormat.Turtle, new RdfWriterOptions { BaseIri = "https://example.org/" });
        Invariants.RoundTrip(result.Quads, RdfFormat.NTriples, new RdfWriterOptions());
    }
}
