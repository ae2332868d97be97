using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;
using Graph.Vault.Model;
using Graph.Vault.People;

namespace Graph.Vault.Resolution;

/// <summary>
/// Pass 3: ties the vault together. Wikilinks, embeds, resource lists and navigation parents → note paths (broken
/// ones reported); person mentions → one <see cref="Person"/> per real person; organisation mentions and CSV rows →
/// one <see cref="Organization"/> per organisation; keys written back on every mention and quotation.
/// </summary>
internal static partial class VaultResolver
{
    public static VaultModel Resolve(string root, ExtractedNote[] extracted, IReadOnlyList<VaultFile> files, IReadOnlyList<DataTable> tables,
        List<Diagnostic> diagnostics, VaultReaderOptions options)
    {
        var notes = extracted.Select(e => e.Note).ToArray();
        foreach (var e in extracted) diagnostics.AddRange(e.Diagnostics);

        var index = new NoteIndex(notes, files);
        var navigation = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var note in notes)
            if (note.Navigation?.Key is { } key) navigation.TryAdd(key, note.Path);
        var byPath = notes.ToDictionary(n => n.Path, StringComparer.Ordinal);
        var linkDiagnostics = new List<Diagnostic>[notes.Length];
        Parallel.For(0, notes.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) }, i =>
        {
            linkDiagnostics[i] = [];
            notes[i] = ResolveLinks(notes[i], index, navigation, byPath, linkDiagnostics[i]);
        });
        foreach (var list in linkDiagnostics) diagnostics.AddRange(list);

        var people = PeopleIdentities.Build(notes);
        var organizations = OrganizationIdentities.Build(notes, tables, options);
        people.SetAffiliations(m => organizations.KeyOf(m.OrganizationName, m.OrganizationUrl), notes);
        var resolved = notes.ToDictionary(n => n.Path, StringComparer.Ordinal);
        Parallel.For(0, notes.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) },
            i => notes[i] = AssignKeys(notes[i], people, organizations, resolved));

        diagnostics.Sort(CompareDiagnostics);
        return new VaultModel(root, notes, files, tables, people.People, organizations.Organizations, diagnostics);
    }

    private static Note ResolveLinks(Note note, NoteIndex index, Dictionary<string, string> navigation, Dictionary<string, Note> byPath, List<Diagnostic> diagnostics)
    {
        var links = new WikiLink[note.WikiLinks.Count];
        for (var i = 0; i < links.Length; i++)
        {
            var link = note.WikiLinks[i];
            string? path;
            if (link.Target.Length == 0) path = note.Path;
            else
            {
                (path, var ambiguous) = index.Find(link.Target);
                if (path is null && link.IsEmbed) path = index.FindFile(link.Target);
                if (ambiguous)
                    diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.AmbiguousLink, $"[[{Excerpt.Of(link.Target)}]] matches several notes; using '{path}'", note.Path, link.Position));
            }
            if (path is null)
                diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnresolvedLink, $"unresolved [[{Excerpt.Of(link.Target)}]]", note.Path, link.Position));
            else if (link.Heading is { } heading && byPath.TryGetValue(path, out var target)
                && !target.Headings.Any(h => Names.Normalize(h.Text) == Names.Normalize(heading)))
                diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnresolvedHeading, $"[[{Excerpt.Of(link.Target)}#{Excerpt.Of(heading)}]]: '{path}' has no heading '{Excerpt.Of(heading)}'", note.Path, link.Position));
            links[i] = link with { ResolvedPath = path };
        }

        var media = note.Media.Select(m => m.IsExternal ? m : m with { ResolvedPath = index.FindFile(m.Source) }).ToArray();
        foreach (var m in media)
            if (m.ResolvedPath is null && !m.IsExternal && m.Source.Length > 0 && !NoteExtractor.HasScheme(m.Source))
                diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.MissingAttachment, $"'{m.Source}' is not a file of the vault", note.Path, m.Position));
        var resources = note.Resources.Select(r => r.Target is null ? r : r with { ResolvedPath = index.Find(r.Target).Path }).ToArray();

        var nav = note.Navigation;
        if (nav?.Parent is { } parent)
        {
            if (navigation.TryGetValue(parent, out var parentPath)) nav = nav with { ParentPath = parentPath };
            else diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnresolvedNavigationParent,
                $"eleventyNavigation parent '{parent}' is no note's navigation key", note.Path, new(2, 1)));
        }
        return note with { WikiLinks = links, Media = media, Resources = resources, Navigation = nav };
    }

    private static Note AssignKeys(Note note, PeopleIdentities people, OrganizationIdentities organizations, Dictionary<string, Note> byPath)
    {
        var mentions = note.People.Select(p => p with
        {
            PersonKey = people.KeyOf(p, note),
            OrganizationKey = organizations.KeyOf(p.OrganizationName, p.OrganizationUrl),
        }).ToArray();
        var quotations = note.Quotations.Select(original =>
        {
            var q = FromSource(note, original, byPath);
            return q with
            {
                PersonKey = q.PersonName is null ? null : people.KeyOfName(q.PersonName),
                OrganizationKey = organizations.KeyOf(q.OrganizationName, null),
            };
        }).ToArray();
        var orgs = note.Organizations.Select(o => o with { OrganizationKey = organizations.KeyOf(o.Name, o.Url) }).ToArray();
        var about = mentions.FirstOrDefault(m => m.Role == MentionRole.Subject)?.PersonKey;
        return note with { People = mentions, Quotations = quotations, Organizations = orgs, About = about };
    }

    // "[[Note|Source]]": the quotation is taken from that note's work, so it is by that work's author.
    private static Quotation FromSource(Note note, Quotation q, Dictionary<string, Note> byPath)
    {
        if (q.SourceTarget is null) return q;
        var path = note.WikiLinks.FirstOrDefault(l => l.Target == q.SourceTarget)?.ResolvedPath;
        if (path is null) return q;
        q = q with { SourcePath = path };
        if (q.PersonName is not null || q.OrganizationName is not null || !byPath.TryGetValue(path, out var source) || source.Resource?.AuthorName is not { } author) return q;
        return source.Resource.AuthorIsOrganization
            ? q with { OrganizationName = author, CreatorIsOrganization = true }
            : q with { PersonName = author };
    }

    private static int CompareDiagnostics(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = a.Position.Line.CompareTo(b.Position.Line);
        if (c != 0) return c;
        c = a.Position.Column.CompareTo(b.Position.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
