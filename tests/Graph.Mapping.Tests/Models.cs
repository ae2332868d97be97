using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Mapping.Tests;

/// <summary>Small note models written by hand, so that the mappers are tested apart from the vault reader.</summary>
internal static class Models
{
    public static Note Note(
        string path,
        string? name = null,
        string[]? tags = null,
        string? language = "fr",
        string text = "",
        string @abstract = "",
        DateOnly? date = null,
        string[]? aliases = null,
        WikiLink[]? links = null,
        ExternalLink[]? external = null,
        Media[]? media = null,
        ResourceSummary? resource = null,
        PersonMention[]? people = null,
        Quotation[]? quotations = null,
        OrganizationMention[]? organizations = null,
        Navigation? navigation = null)
    {
        var fileName = path[(path.LastIndexOf('/') + 1)..^3];
        return new Note(path, fileName, FrontMatter.None, name ?? fileName, aliases ?? [],
            (tags ?? []).Select(t => new Tag(t, t, TagSource.FrontMatter, new TextPosition(2, 7))).ToList(),
            date, navigation, language, [], @abstract, text, links ?? [], external ?? [], media ?? [], [], [], resource,
            people ?? [], quotations ?? [], organizations ?? []);
    }

    public static VaultModel Vault(Note[] notes, Person[]? people = null, Organization[]? organizations = null, VaultFile[]? files = null, Diagnostic[]? diagnostics = null) =>
        new("/vault", notes.OrderBy(n => n.Path, StringComparer.Ordinal).ToList(), files ?? [], [], people ?? [], organizations ?? [], diagnostics ?? []);

    public static Person Person(string key, string name, string? honorific = null, JobTitle[]? jobs = null, string[]? worksFor = null, string[]? profiles = null, string[]? subjectOf = null) =>
        new(key, name, honorific, jobs ?? [], worksFor ?? [], null, profiles ?? [], subjectOf ?? [], []);

    public static Organization Organization(string key, string name, string? url = null, string? locality = null, string? country = null,
        bool museum = false, string[]? expertise = null, string? kind = null, KeyValuePair<string, string>[]? columns = null) =>
        new(key, name, [], url, locality, kind, country, expertise ?? [], museum,
            columns is null ? OrganizationSource.Speaker : OrganizationSource.Csv, columns ?? [], []);

    public static WikiLink Link(string target, string? resolved, int line = 5) =>
        new(target, null, null, false, LinkContext.Body, new TextPosition(line, 1), resolved);
}
