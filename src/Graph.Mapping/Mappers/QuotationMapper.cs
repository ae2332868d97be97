using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Vault.Model;

namespace Graph.Mapping.Mappers;

/// <summary>
/// A quotation → <c>schema:Quotation</c> with its language-tagged text, its creator (a person, or an organisation when
/// the quotation is theirs), the note it is part of and the note it is taken from (<c>schema:isBasedOn</c>).
/// </summary>
internal static class QuotationMapper
{
    /// <summary>Maps the quotations of a note; returns how many.</summary>
    public static int Map(MappingContext ctx, Note note)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var q in note.Quotations)
        {
            if (string.IsNullOrWhiteSpace(q.Text)) continue;
            var n = occurrences[q.Text] = occurrences.GetValueOrDefault(q.Text) + 1;
            var s = ctx.Iris.Quote(note.Path, q.Text, n);
            ctx.Add(s, Rdf.Type, Schema.Quotation);
            ctx.AddText(s, Schema.Text, q.Text, q.Language ?? ctx.LanguageOf(note));
            ctx.Add(s, Schema.IsPartOf, ctx.Iris.Note(note.Path));
            if (q.SourcePath is { } source && ctx.NotePaths.Contains(source)) ctx.Add(s, Schema.IsBasedOn, ctx.Iris.Note(source));
            if (q.CreatorIsOrganization)
            {
                if (q.OrganizationKey is { } org && ctx.OrganizationKeys.Contains(org)) ctx.Add(s, Schema.Creator, ctx.Iris.Organization(org));
            }
            else if (q.PersonKey is { } key)
            {
                if (ctx.PersonKeys.Contains(key)) ctx.Add(s, Schema.Creator, ctx.Iris.Person(key));
                else ctx.Diagnostics.Add(new(Graph.Core.Diagnostics.DiagnosticSeverity.Warning, MappingCodes.UnknownIdentity,
                    $"quotation attributed to unknown person key '{key}'", note.Path, q.Position));
            }
            count++;
        }
        return count;
    }
}
