using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.Mapping.Configuration;
using Graph.Mapping.Iris;
using Graph.Vault.Model;

namespace Graph.Mapping.Mappers;

/// <summary>What every mapper shares: the model, the configuration, the IRI minter, and the quads and diagnostics produced.</summary>
internal sealed class MappingContext
{
    public MappingContext(VaultModel vault, MappingConfiguration configuration, IriMinter iris)
    {
        Vault = vault;
        Configuration = configuration;
        Iris = iris;
        NotePaths = new(vault.Notes.Select(n => n.Path), StringComparer.Ordinal);
        PersonKeys = new(vault.People.Select(p => p.Key), StringComparer.Ordinal);
        OrganizationKeys = new(vault.Organizations.Select(o => o.Key), StringComparer.Ordinal);
    }

    /// <summary>
    /// A context for mapping some notes on another thread: the same model, configuration, minter and lookups (only read
    /// there), its own statements and diagnostics, merged back in note order by <see cref="Merge"/>.
    /// </summary>
    private MappingContext(MappingContext parent)
    {
        _batch = new DistinctQuads.Batch();
        Vault = parent.Vault;
        Configuration = parent.Configuration;
        Iris = parent.Iris;
        NotePaths = parent.NotePaths;
        PersonKeys = parent.PersonKeys;
        OrganizationKeys = parent.OrganizationKeys;
        _urls = parent._urls;
    }

    public MappingContext Shard() => new(this);

    /// <summary>Takes the shards' statements (those not here yet, in order, shard after shard) and their diagnostics.</summary>
    public void Merge(IReadOnlyList<MappingContext> shards, ParallelOptions parallel)
    {
        Quads.AddRange([.. shards.Select(s => s._batch!)], parallel);
        foreach (var shard in shards) Diagnostics.AddRange(shard.Diagnostics);
    }

    /// <summary>How many statements a shard gathered (before duplicates are dropped).</summary>
    public int Gathered => _batch?.Quads.Count ?? Quads.Count;

    // A shard only gathers: deduplicating there too would hash every statement into a second set.
    private readonly DistinctQuads.Batch? _batch;

    public VaultModel Vault { get; }

    public MappingConfiguration Configuration { get; }

    public IriMinter Iris { get; }

    /// <summary>The statements so far, each once (mappers may meet the same fact from several notes); empty in a shard
    /// until merged.</summary>
    public DistinctQuads Quads { get; } = new();

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The graph the next statements go to: null (the default graph) unless the layout is per note.</summary>
    public Iri? Graph { get; set; }

    /// <summary>Paths of the vault's notes, for telling a link to a note from a link to another file.</summary>
    public HashSet<string> NotePaths { get; }

    public HashSet<string> PersonKeys { get; }

    public HashSet<string> OrganizationKeys { get; }

    /// <summary>Adds a statement once per graph (mappers may meet the same fact from several notes).</summary>
    public void Add(Term subject, Iri predicate, Term obj)
    {
        var quad = new Quad(subject, predicate, obj, Graph);
        if (_batch is null) Quads.Add(quad);
        else _batch.Add(quad);
    }

    public void AddText(Term subject, Iri predicate, string? text, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        Add(subject, predicate, language is null ? Literal.String(text.Trim()) : Literal.LangString(text.Trim(), language));
    }

    public string LanguageOf(Note note) => note.Language ?? Configuration.DefaultLanguage;

    /// <summary>The IRI of an external URL, or null (with a warning) when it is not an absolute http(s) or mailto URL.</summary>
    // Shared by the shards: the same few URLs recur across thousands of notes, and one IRI object each is enough.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Iri?> _urls = new(StringComparer.Ordinal);

    public Iri? UrlIri(string? url, string? file = null, TextPosition position = default)
    {
        Iri? iri;
        if (url is null) iri = null;
        else if (!_urls.TryGetValue(url, out iri)) _urls[url] = iri = ExternalIri.TryCreate(url);
        if (iri is null && !string.IsNullOrWhiteSpace(url))
            Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, MappingCodes.InvalidUrl, $"'{url}' is not an absolute URL; not linked", file, position));
        return iri;
    }
}
