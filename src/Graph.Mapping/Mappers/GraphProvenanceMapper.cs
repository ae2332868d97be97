using System.Globalization;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Vault.Model;

namespace Graph.Mapping.Mappers;

/// <summary>
/// Per-note layout: each note graph describes itself, inside itself — <c>prov:wasDerivedFrom</c> the note's source file
/// (<c>{base}source/{path}</c>, whose <c>schema:identifier</c> is the vault-relative path), <c>schema:sha256</c> the
/// <see cref="GraphHash"/> of the graph's other statements (so it changes exactly when the note's RDF changes), and
/// <c>schema:dateModified</c> from the front matter (<c>modified</c>, <c>updated</c>, <c>lastmod</c>…) or else the
/// file's last write time (UTC, whole seconds).
/// </summary>
internal static class GraphProvenanceMapper
{
    private static readonly string[] s_modifiedFields = ["modified", "updated", "lastmod", "last_modified", "dateModified", "date_modified"];

    public static void Map(MappingContext ctx, IReadOnlyList<Quad> quads)
    {
        var byGraph = new Dictionary<Term, List<Quad>>();
        foreach (var q in quads)
        {
            if (q.Graph is not { } g) continue;
            if (!byGraph.TryGetValue(g, out var list)) byGraph[g] = list = [];
            list.Add(q);
        }
        foreach (var note in ctx.Vault.Notes)
        {
            var g = ctx.Iris.NoteGraph(note.Path);
            ctx.Graph = g;
            var source = ctx.Iris.Source(note.Path);
            ctx.Add(g, Rdf.Type, Prov.Entity);
            ctx.Add(g, Prov.WasDerivedFrom, source);
            ctx.Add(source, Schema.Identifier, Literal.String(note.Path));
            ctx.Add(g, SchemaTerms.Sha256, Literal.String(GraphHash.Sha256(byGraph.GetValueOrDefault(g) ?? [])));
            if (Modified(ctx.Vault.RootPath, note) is { } modified) ctx.Add(g, Schema.DateModified, modified);
        }
        ctx.Graph = null;
    }

    /// <summary>The front matter's modification date (xsd:date or xsd:dateTime), else the file's, else null.</summary>
    internal static Literal? Modified(string root, Note note)
    {
        foreach (var (key, value) in note.FrontMatter.Fields)
        {
            if (!s_modifiedFields.Contains(key, StringComparer.OrdinalIgnoreCase)) continue;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Literal.Date(date);
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
                return DateTime(stamp.UtcDateTime);
        }
        var file = Path.Combine(root, note.Path);
        return File.Exists(file) ? DateTime(File.GetLastWriteTimeUtc(file)) : null;
    }

    private static Literal DateTime(DateTime utc) =>
        Literal.Typed(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Xsd.DateTime);
}
