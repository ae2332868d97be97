using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Mapping.Configuration;
using Graph.Testing;
using Graph.Vault;

namespace Graph.Mapping.Tests;

/// <summary>
/// <see cref="IncrementalVaultReader"/> (what <c>graph serve --watch</c> reloads with): after each edit of a copy of a
/// vault, the incremental conversion is the same sequence of quads, with the same diagnostics, as a full conversion of
/// the same files, and only the edited notes were parsed again.
/// </summary>
public sealed class IncrementalConversionTests : IDisposable
{
    private readonly string _vault = Path.Combine(Path.GetTempPath(), "graph-incremental-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_vault, recursive: true); } catch (IOException) { }
    }

    private static readonly VaultReaderOptions s_reader = VaultReaderOptions.Default with { SiteTitles = MappingConfiguration.Default.SiteTitles };

    private void Copy(string from)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_vault, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string PathOf(string relative) => Path.Combine(_vault, relative);

    // Incremental and full must agree quad for quad (same order: the output is deterministic) and diagnostic for diagnostic.
    private ConversionResult Same(IncrementalVaultReader reader, int parsed, IReadOnlyCollection<string>? changed = null, GraphLayout layout = GraphLayout.Single)
    {
        var options = new MappingOptions { Graphs = layout };
        var incremental = VaultConverter.Convert(reader.Read(changed, TestContext.Current.CancellationToken), options);
        var full = VaultConverter.Convert(_vault, options, TestContext.Current.CancellationToken);
        var missing = full.Quads.Except(incremental.Quads).Take(5).ToList();
        var extra = incremental.Quads.Except(full.Quads).Take(5).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"missing: {string.Join("; ", missing)} | extra: {string.Join("; ", extra)}");
        Assert.Equal(full.Quads, incremental.Quads);
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(parsed, reader.LastParsed);
        return incremental;
    }

    private static bool Describes(ConversionResult result, string iri) => result.Quads.Any(q => q.Subject.Equals(new Iri(iri)));

    private static bool Mentions(ConversionResult result, string iri) =>
        result.Quads.Any(q => q.Predicate.Equals(Schema.Mentions) && q.Object.Equals(new Iri(iri)));

    [Fact]
    public void SampleVault_EditsGiveTheFullConversion()
    {
        Copy(Path.Combine(SharedData.RepositoryRoot, "samples"));
        var reader = new IncrementalVaultReader(_vault, s_reader);
        var notes = Directory.GetFiles(_vault, "*.md", SearchOption.AllDirectories).Length;
        const string booster = "https://example.org/graph/note/museum-booster";
        var first = Same(reader, notes);
        Assert.True(Mentions(first, booster) && !Describes(first, booster));

        // An edit: only that note is parsed again.
        File.AppendAllText(PathOf("Notes/Atelier sobriété.md"), "\nUn paragraphe ajouté qui cite [[Rijksstudio]] et #nouveau-sujet.\n");
        Same(reader, 1);

        // A new note resolves the links that were broken: the IRI they pointed to is now described.
        File.WriteAllText(PathOf("Notes/Museum Booster.md"), "---\ntitle: Museum Booster\n---\n# Museum Booster\n\nUn programme d'accompagnement.\n");
        var created = Same(reader, 1);
        Assert.True(Describes(created, booster));

        // A deleted note: a person named only there disappears, links to it become broken.
        var model = reader.Read(null, TestContext.Current.CancellationToken);
        var lonely = model.People.First(p => model.Notes.Count(n => n.People.Any(m => m.PersonKey == p.Key)) == 1);
        var holder = model.Notes.Single(n => n.People.Any(m => m.PersonKey == lonely.Key));
        File.Delete(PathOf(holder.Path));
        Same(reader, 0);
        Assert.DoesNotContain(reader.Read(null, TestContext.Current.CancellationToken).People, p => p.Key == lonely.Key);
        File.Delete(PathOf("Notes/Museum Booster.md"));
        var deleted = Same(reader, 0);
        Assert.True(Mentions(deleted, booster) && !Describes(deleted, booster));

        // A rename is a deletion plus a new note.
        File.Move(PathOf("Notes/Rijksstudio.md"), PathOf("Notes/Rijksstudio (archive).md"));
        Same(reader, 1);

        // A CSV row under _data/ is a new organisation; no note is parsed again.
        File.AppendAllText(PathOf("_data/acteurs.csv"), "Studio Nouveau,https://studio-nouveau.example.ch/,Genève,Studio,Médiation numérique,,\n");
        Same(reader, 0);

        // A rewrite of the same size with the old time is seen through the path the file-system event named.
        var path = PathOf("Notes/Atelier sobriété.md");
        var time = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("Un paragraphe ajouté", "Un paragraphe modifié", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        Same(reader, 1, ["Notes/Atelier sobriété.md"]);

        // Nothing changed: nothing parsed; and the per-note layout (provenance, hashes) agrees too.
        Same(reader, 0, layout: GraphLayout.PerNote);
    }

    [Fact]
    public void MuseumCorpus_EditsGiveTheFullConversion()
    {
        Copy(SharedData.Require("corpus/museumxtd"));
        var reader = new IncrementalVaultReader(_vault, s_reader);
        var files = Directory.GetFiles(_vault, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_vault, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Same(reader, files.Count);

        File.AppendAllText(PathOf(files[10]), "\nAjout : voir [[Programme 2022]] et [[Une note qui n'existe pas]].\n");
        Same(reader, 1);
        File.WriteAllText(PathOf("Programme 2022.md"), "---\ntitle: Programme 2022\n---\n# Programme 2022\n\nLe programme.\n");
        Same(reader, 1);
        File.Delete(PathOf(files[20]));
        File.Delete(PathOf(files[21]));
        Same(reader, 0);
        File.Move(PathOf(files[30]), PathOf(files[30][..^3] + " (renommée).md"));
        Same(reader, 1, layout: GraphLayout.PerNote);
    }
}
