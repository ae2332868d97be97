using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Mapping.Configuration;
using Graph.Vault.Model;

namespace Graph.Mapping.Mappers;

/// <summary>
/// An organisation → <c>schema:Organization</c> (and <c>schema:Museum</c> when it is one): name, alternate names, URL,
/// a <c>schema:PostalAddress</c> with country and locality, and the CSV columns mapped by configuration
/// (expertise columns → <c>schema:knowsAbout</c> concepts of the expertise scheme).
/// </summary>
internal static class OrganizationMapper
{
    public static void Map(MappingContext ctx, Organization org, HashSet<string> expertise)
    {
        var s = ctx.Iris.Organization(org.Key);
        var table = TableOf(ctx.Configuration, org);
        ctx.Add(s, Rdf.Type, Schema.Organization);
        if (IsMuseum(ctx.Configuration, org, table)) ctx.Add(s, Rdf.Type, Schema.Museum);
        ctx.AddText(s, Schema.Name, org.Name);
        foreach (var alt in org.AlternateNames)
            if (!string.Equals(alt.Trim(), org.Name.Trim(), StringComparison.Ordinal)) ctx.AddText(s, Schema.AlternateName, alt);
        if (ctx.UrlIri(org.Url) is { } url) ctx.Add(s, Schema.Url, url);

        var (locality, statedCountry) = SplitLocality(org.Locality);
        var country = org.CountryCode ?? statedCountry ?? ((org.Sources & OrganizationSource.Csv) != 0 ? table?.DefaultCountry : null);
        if (country is not null || !string.IsNullOrWhiteSpace(locality))
        {
            var a = ctx.Iris.Address(org.Key);
            ctx.Add(s, Schema.Address, a);
            ctx.Add(a, Rdf.Type, Schema.PostalAddress);
            ctx.AddText(a, Schema.AddressCountry, country);
            ctx.AddText(a, Schema.AddressLocality, locality);
        }

        if (table is null)
        {
            ctx.AddText(s, Schema.Description, org.Kind, ctx.Configuration.DefaultLanguage);
            foreach (var e in org.Expertise) KnowsAbout(ctx, s, e, expertise);
            return;
        }
        foreach (var (header, value) in org.Columns)
        {
            if (string.IsNullOrWhiteSpace(value) || !table.Columns.TryGetValue(header.Trim(), out var property)) continue;
            switch (property)
            {
                case "name" or "url" or "addressLocality" or "addressCountry":
                    break; // said above, from the model's merged identity
                case "knowsAbout":
                    KnowsAbout(ctx, s, value, expertise);
                    break;
                case "description":
                    ctx.AddText(s, Schema.Description, value, ctx.Configuration.DefaultLanguage);
                    break;
                default:
                    ctx.AddText(s, new Iri(property.Contains(':', StringComparison.Ordinal) ? property : Schema.Namespace + property), value);
                    break;
            }
        }
    }

    private static void KnowsAbout(MappingContext ctx, Iri s, string value, HashSet<string> expertise)
    {
        var label = value.Trim();
        if (label.Length == 0) return;
        ctx.Add(s, Schema.KnowsAbout, ctx.Iris.Expertise(label));
        expertise.Add(label);
    }

    /// <summary>The expertise concepts: one per distinct value, all top concepts of the expertise scheme.</summary>
    public static void MapExpertise(MappingContext ctx, IEnumerable<string> labels)
    {
        var scheme = ctx.Iris.ExpertiseScheme;
        var any = false;
        foreach (var label in labels.Order(StringComparer.Ordinal))
        {
            if (!any)
            {
                ctx.Add(scheme, Rdf.Type, Skos.ConceptScheme);
                foreach (var (lang, l) in ctx.Configuration.Topics.ExpertiseSchemeLabel) ctx.AddText(scheme, Skos.PrefLabel, l, lang);
                if (ctx.Configuration.Topics.ExpertiseSchemeLabel.Count == 0) ctx.AddText(scheme, Skos.PrefLabel, "Expertise", "en");
                any = true;
            }
            var c = ctx.Iris.Expertise(label);
            ctx.Add(c, Rdf.Type, Skos.Concept);
            ctx.AddText(c, Skos.PrefLabel, label, ctx.Configuration.DefaultLanguage);
            ctx.Add(c, Skos.InScheme, scheme);
            ctx.Add(c, Skos.TopConceptOf, scheme);
            ctx.Add(scheme, Skos.HasTopConcept, c);
        }
    }

    /// <summary>Splits a locality written with its country, <c>Vienne (AT)</c>, into <c>Vienne</c> and <c>AT</c>.</summary>
    internal static (string? Locality, string? Country) SplitLocality(string? locality)
    {
        if (string.IsNullOrWhiteSpace(locality)) return (null, null);
        var t = locality.Trim();
        if (t.Length >= 4 && t[^1] == ')' && t[^4] == '(' && char.IsAsciiLetterUpper(t[^3]) && char.IsAsciiLetterUpper(t[^2]))
            return (t[..^4].TrimEnd() is { Length: > 0 } l ? l : null, t[^3..^1]);
        return (t, null);
    }

    private static TableMapping? TableOf(MappingConfiguration config, Organization org)
    {
        if (org.Columns.Count == 0) return null;
        return config.Tables.FirstOrDefault(t => org.Columns.Any(c => t.Columns.ContainsKey(c.Key.Trim())));
    }

    private static bool IsMuseum(MappingConfiguration config, Organization org, TableMapping? table)
    {
        // A table that says which rows are museums is trusted over name heuristics ("Museum Booster" is an agency).
        if (table?.MuseumWhen is not { } when) return org.IsMuseum || config.LooksLikeMuseum(org.Name);
        var value = org.Columns.FirstOrDefault(c => string.Equals(c.Key.Trim(), when.Column, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
        return value is not null && when.Values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
    }
}
