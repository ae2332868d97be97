using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Mapping.Iris;
using Graph.Mapping.Mappers;
using Graph.Vault;
using Graph.Vault.Model;

namespace Graph.Mapping;

/// <summary>
/// The converter's facade: a vault's note model → Schema.org + SKOS quads (the contract of issue #3), with the
/// diagnostics and the summary counts <c>graph convert</c> prints. Writing files is the caller's job.
/// <code>
/// var result = VaultConverter.Convert(model, new MappingOptions { BaseIri = "https://example.org/" });
/// foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
/// </code>
/// </summary>
public static class VaultConverter
{
    /// <summary>
    /// Reads the vault at <paramref name="vaultPath"/> (the configuration's site-wide titles passed to the reader) and
    /// maps it. Only a missing folder throws (<see cref="DirectoryNotFoundException"/>).
    /// </summary>
    public static ConversionResult Convert(string vaultPath, MappingOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= MappingOptions.Default;
        var vault = VaultReader.Read(vaultPath, ReaderOptionsOf(options), cancellationToken);
        return Convert(vault, options);
    }

    /// <summary>The reader options <see cref="Convert(string, MappingOptions?, CancellationToken)"/> reads with: the given ones, or the
    /// defaults, with the configuration's site-wide titles when they name none.</summary>
    public static VaultReaderOptions ReaderOptionsOf(MappingOptions options)
    {
        var reader = options.ReaderOptions ?? VaultReaderOptions.Default;
        return reader.SiteTitles.Count == 0 && options.Configuration.SiteTitles.Count > 0
            ? reader with { SiteTitles = options.Configuration.SiteTitles }
            : reader;
    }

    /// <summary>Maps a model read by <c>Graph.Vault</c>. Never throws for bad content: problems become diagnostics.</summary>
    public static ConversionResult Convert(VaultModel vault, MappingOptions? options = null)
    {
        options ??= MappingOptions.Default;
        var iris = new IriMinter(options.EffectiveBase, vault.Notes.Select(n => n.Path), ReaderOptionsOf(options).MaxDegreeOfParallelism);
        iris.AddIdentities(vault.People.Select(p => (p.Key, p.Name)), vault.Organizations.Select(o => (o.Key, o.Name)));
        var ctx = new MappingContext(vault, options.Configuration, iris);
        foreach (var (slug, tags) in iris.AddTopics(TopicMapper.AllTags(ctx)))
        {
            // Reported where a later-sorting tag of the group is first used: that is where a writer would fix a typo.
            var at = vault.Notes.SelectMany(n => n.Tags.Where(t => tags.Skip(1).Contains(t.Name)).Select(t => (n.Path, t.Position))).FirstOrDefault();
            ctx.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, MappingCodes.TopicSlugCollision,
                $"tags {string.Join(", ", tags.Select(t => "'" + t + "'"))} share the IRI slug 'topic/{slug}'; each gets the slug plus a hash of the tag",
                at.Path, at.Position));
        }

        var perNote = options.Graphs == GraphLayout.PerNote;
        var quotations = MapNotes(ctx, perNote, ReaderOptionsOf(options).MaxDegreeOfParallelism);
        if (perNote) ctx.Graph = iris.SharedGraph;
        var topics = TopicMapper.Map(ctx);
        foreach (var person in vault.People) PersonMapper.Map(ctx, person);
        var expertise = new HashSet<string>(StringComparer.Ordinal);
        foreach (var org in vault.Organizations) OrganizationMapper.Map(ctx, org, expertise);
        OrganizationMapper.MapExpertise(ctx, expertise);
        var media = 0;
        foreach (var file in vault.Files)
            if (FileMapper.Map(ctx, file)) media++;
        var census = DatasetCensus.Of(ctx.Quads, ctx.Iris.Base, ReaderOptionsOf(options).MaxDegreeOfParallelism);
        media += census.ExternalMedia;

        if (options.DescribeDataset)
        {
            // void:triples counts distinct triples, so both layouts describe the same graph with the same numbers.
            var triples = perNote ? ctx.Quads.Select(q => q.AsTriple()).Distinct().Count() : ctx.Quads.Count;
            if (perNote) ctx.Graph = iris.DatasetGraph;
            DatasetMapper.Map(ctx, triples, census.Entities, census.Classes, options.Dumps);
        }
        if (perNote) GraphProvenanceMapper.Map(ctx, [.. ctx.Quads]);

        var diagnostics = SortedDiagnostics.Merge(vault.Diagnostics, ctx.Diagnostics);
        var (links, broken) = CountLinks(vault.Notes);
        var summary = new ConversionSummary(
            vault.Notes.Count, vault.People.Count, vault.Organizations.Count, quotations, topics, links, broken, media,
            diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning), ctx.Quads.Count);
        return new ConversionResult(ctx.Quads, diagnostics, summary, iris.Dataset);
    }

    /// <summary>Notes in runs of this many are mapped on one thread.</summary>
    private const int NotesPerShard = 256;

    /// <summary>
    /// Maps every note and its quotations, runs of notes on every core, each run into its own shard; the shards are merged
    /// in note order, so the statements (and which of two equal ones is kept) are those of one note after the other.
    /// Returns the number of quotations.
    /// </summary>
    private static int MapNotes(MappingContext ctx, bool perNote, int parallelism)
    {
        var notes = ctx.Vault.Notes;
        var shards = new MappingContext[(notes.Count + NotesPerShard - 1) / NotesPerShard];
        var quotations = new int[shards.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        Parallel.For(0, shards.Length, parallel, i =>
        {
            var shard = ctx.Shard();
            for (var n = i * NotesPerShard; n < Math.Min(notes.Count, (i + 1) * NotesPerShard); n++)
            {
                var note = notes[n];
                if (perNote) shard.Graph = ctx.Iris.NoteGraph(note.Path);
                NoteMapper.Map(shard, note);
                quotations[i] += QuotationMapper.Map(shard, note);
            }
            shards[i] = shard;
        });
        // Room for what follows the notes too (people, organisations, topics, the dataset description): a few percent.
        var total = ctx.Quads.Count + shards.Sum(s => s.Gathered);
        ctx.Quads.EnsureCapacity(total + total / 16 + 1024);
        ctx.Merge(shards, parallel);
        return quotations.Sum();
    }

    private static (int Links, int Broken) CountLinks(IReadOnlyList<Note> notes)
    {
        var (links, broken) = (0, 0);
        for (var n = 0; n < notes.Count; n++)
        {
            var (wiki, external) = (notes[n].WikiLinks, notes[n].ExternalLinks);
            links += wiki.Count + external.Count;
            for (var i = 0; i < wiki.Count; i++)
                if (!wiki[i].IsResolved && wiki[i].Target.Length > 0) broken++;
            for (var i = 0; i < external.Count; i++)
                if (external[i].IsBroken) broken++;
        }
        return (links, broken);
    }
}
