using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using VoID = Graph.Core.Vocabularies.Void;

namespace Graph.Mapping.Mappers;

/// <summary>
/// The description of the whole graph: <c>schema:Dataset</c> and <c>void:Dataset</c> (https://www.w3.org/TR/void/) with
/// name, description, licence, its dumps, its size (<c>void:triples</c> counts the statements about the vault, without
/// this description), its entities (distinct subjects in its URI space) and one <c>void:classPartition</c> per class with its number of entities.
/// </summary>
internal static class DatasetMapper
{
    public static void Map(MappingContext ctx, int triples, int entities, IReadOnlyList<(Iri Class, int Entities)> classes, IReadOnlyList<Configuration.DumpFile>? dumps)
    {
        var d = ctx.Iris.Dataset;
        var config = ctx.Configuration.Dataset;
        ctx.Add(d, Rdf.Type, Schema.Dataset);
        ctx.Add(d, Rdf.Type, VoID.Dataset);
        foreach (var (lang, name) in config.Name.OrderBy(kv => kv.Key, StringComparer.Ordinal)) ctx.AddText(d, Schema.Name, name, lang);
        foreach (var (lang, text) in config.Description.OrderBy(kv => kv.Key, StringComparer.Ordinal)) ctx.AddText(d, Schema.Description, text, lang);
        if (ctx.UrlIri(config.License) is { } license) ctx.Add(d, Schema.License, license);
        ctx.Add(d, VoID.UriSpace, Literal.String(ctx.Iris.Base));
        ctx.Add(d, VoID.Vocabulary, new Iri(Schema.Namespace));
        ctx.Add(d, VoID.Vocabulary, new Iri(Skos.Namespace));
        ctx.Add(d, VoID.Triples, Literal.Integer(triples));
        ctx.Add(d, VoID.Entities, Literal.Integer(entities));
        foreach (var dump in dumps ?? config.Dumps)
        {
            var file = ctx.Iris.Dump(dump.File);
            ctx.Add(d, VoID.DataDump, file);
            ctx.Add(d, Schema.Distribution, file);
            ctx.Add(file, Rdf.Type, Schema.DataDownload);
            ctx.Add(file, Schema.ContentUrl, file);
            ctx.AddText(file, Schema.EncodingFormat, dump.MediaType);
        }
        foreach (var (cls, instances) in classes)
        {
            var local = cls.Value[(Math.Max(cls.Value.LastIndexOf('/'), cls.Value.LastIndexOf('#')) + 1)..];
            var p = ctx.Iris.ClassPartition(local);
            ctx.Add(d, VoID.ClassPartition, p);
            ctx.Add(p, VoID.Class, cls);
            ctx.Add(p, VoID.Entities, Literal.Integer(instances));
        }
    }
}
