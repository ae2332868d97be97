using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Vault.Model;

namespace Graph.Mapping.Mappers;

/// <summary>
/// A non-Markdown file of the vault that a reader would call media (picture, video, sound, document) →
/// <c>schema:ImageObject</c> / <c>schema:VideoObject</c> / <c>schema:MediaObject</c> with its path and media type.
/// Data files and site assets (CSS, JS, templates) are not described.
/// </summary>
internal static class FileMapper
{
    public static bool Map(MappingContext ctx, VaultFile file)
    {
        Iri? type = file.Kind switch
        {
            VaultFileKind.Image => Schema.ImageObject,
            VaultFileKind.Video => Schema.VideoObject,
            VaultFileKind.Audio or VaultFileKind.Document => Schema.MediaObject,
            VaultFileKind.Data or VaultFileKind.Other => null,
            _ => throw new System.Diagnostics.UnreachableException(file.Kind.ToString()),
        };
        if (type is null) return false;
        var s = ctx.Iris.Media(file.Path);
        ctx.Add(s, Rdf.Type, type);
        ctx.Add(s, Schema.Identifier, Literal.String(file.Path));
        ctx.AddText(s, Schema.Name, file.Path[(file.Path.LastIndexOf('/') + 1)..]);
        ctx.AddText(s, Schema.EncodingFormat, file.MediaType);
        return true;
    }
}
