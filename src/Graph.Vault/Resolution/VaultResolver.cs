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
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) };
        var notes = new Note[extracted.Length];
        var byPath = new Dictionary<string, Note>(notes.Length, StringComparer.Ordinal);
        for (var i = 0; i < notes.Length; i++)
        {
            notes[i] = extracted[i].Note;
            byPath.Add(notes[i].Path, notes[i]);
            diagnostics.AddRange(extracted[i].Diagnostics);
        }

        var links = new Links[notes.Length];
        var linkDiagnostics = new List<Diagnostic>?[notes.Length];
        PeopleIdentities people = null!;
        OrganizationIdentities organizations = null!;
        // Organisations need no resolved link: they are merged beside the links and the people, which do.
        Parallel.Invoke(parallel,
            () =>
            {
                var targets = new LinkTargets(new NoteIndex(notes, files, parallel), byPath);
                var navigation = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var note in notes)
                    if (note.Navigation?.Key is { } key) navigation.TryAdd(key, note.Path);
                Parallel.For(0, notes.Length, parallel, i => links[i] = ResolveLinks(notes[i], targets, navigation, ref linkDiagnostics[i]));
                people = PeopleIdentities.Build(notes, Array.ConvertAll(links, l => l.WikiLinks));
            },
            () => organizations = OrganizationIdentities.Build(notes, tables, options));
        foreach (var list in linkDiagnostics)
            if (list is not null) diagnostics.AddRange(list);

        people.SetAffiliations(m => organizations.KeyOf(m.OrganizationName, m.OrganizationUrl), notes);
        Parallel.For(0, notes.Length, parallel, i => notes[i] = AssignKeys(notes[i], links[i], people, organizations, byPath));

        diagnostics.Sort(DiagnosticOrder.Instance);
        return new VaultModel(root, notes, files, tables, people.People, organizations.Organizations, diagnostics);
    }

    /// <summary>What resolving a note's links changes in it.</summary>
    private readonly record struct Links(IReadOnlyList<WikiLink> WikiLinks, IReadOnlyList<Media> Media, IReadOnlyList<ResourceEntry> Resources, Navigation? Navigation);

    private static Links ResolveLinks(Note note, LinkTargets targets, Dictionary<string, string> navigation, ref List<Diagnostic>? diagnostics)
    {
        // Lists are copied only when an item changes: most notes keep most of theirs as the extract pass made them.
        var links = new Copy<WikiLink>(note.WikiLinks);
        for (var i = 0; i < note.WikiLinks.Count; i++)
        {
            var link = note.WikiLinks[i];
            string? path;
            string? headingMessage = null;
            // A resolved link is copied anyway: it takes the target's first-seen spelling, one string for every link to it.
            var name = link.Target;
            if (link.Target.Length == 0)
            {
                path = note.Path;
                if (link.Heading is { } heading) headingMessage = targets.MissingHeading(link.Target, heading, path);
            }
            else
            {
                var target = targets.Of(link.Target);
                name = target.Name;
                path = target.Path ?? (link.IsEmbed ? target.File : null);
                if (target.AmbiguousMessage is { } ambiguous)
                    (diagnostics ??= []).Add(new(DiagnosticSeverity.Warning, VaultCodes.AmbiguousLink, ambiguous, note.Path, link.Position));
                if (path is null)
                    (diagnostics ??= []).Add(new(DiagnosticSeverity.Warning, VaultCodes.UnresolvedLink, target.UnresolvedMessage!, note.Path, link.Position));
                else if (link.Heading is { } heading)
                    headingMessage = path == target.Path ? targets.MissingHeading(target, heading) : targets.MissingHeading(link.Target, heading, path);
            }
            if (headingMessage is not null)
                (diagnostics ??= []).Add(new(DiagnosticSeverity.Warning, VaultCodes.UnresolvedHeading, headingMessage, note.Path, link.Position));
            if (link.ResolvedPath != path) links.Set(i, link with { ResolvedPath = path, Target = name });
        }

        var media = new Copy<Media>(note.Media);
        for (var i = 0; i < note.Media.Count; i++)
        {
            var m = note.Media[i];
            if (m.IsExternal) continue;
            var path = targets.Index.FindFile(m.Source);
            if (m.ResolvedPath != path) media.Set(i, m with { ResolvedPath = path });
            if (path is null && m.Source.Length > 0 && !NoteExtractor.HasScheme(m.Source))
                (diagnostics ??= []).Add(new(DiagnosticSeverity.Warning, VaultCodes.MissingAttachment, $"'{m.Source}' is not a file of the vault", note.Path, m.Position));
        }
        var resources = new Copy<ResourceEntry>(note.Resources);
        for (var i = 0; i < note.Resources.Count; i++)
            if (note.Resources[i].Target is { } target && targets.Index.Find(target).Path is var path && note.Resources[i].ResolvedPath != path)
                resources.Set(i, note.Resources[i] with { ResolvedPath = path });

        var nav = note.Navigation;
        if (nav?.Parent is { } parent)
        {
            if (navigation.TryGetValue(parent, out var parentPath)) nav = nav with { ParentPath = parentPath };
            else (diagnostics ??= []).Add(new(DiagnosticSeverity.Warning, VaultCodes.UnresolvedNavigationParent,
                $"eleventyNavigation parent '{parent}' is no note's navigation key", note.Path, new(2, 1)));
        }
        return new Links(links.Result, media.Result, resources.Result, nav);
    }

    private static Note AssignKeys(Note note, Links links, PeopleIdentities people, OrganizationIdentities organizations, Dictionary<string, Note> byPath)
    {
        var mentions = new Copy<PersonMention>(note.People);
        string? about = null;
        var subject = false;
        for (var i = 0; i < note.People.Count; i++)
        {
            var p = note.People[i];
            var personKey = people.KeyOf(p, note);
            var organizationKey = organizations.KeyOf(p.OrganizationName, p.OrganizationUrl);
            if (p.PersonKey != personKey || p.OrganizationKey != organizationKey)
                mentions.Set(i, p with
                {
                    PersonKey = personKey,
                    OrganizationKey = organizationKey,
                    JobTitle = people.Shared(p.JobTitle),
                    OrganizationName = people.Shared(p.OrganizationName),
                    CountryCode = CountryCodes.Shared(p.CountryCode),
                });
            if (!subject && p.Role == MentionRole.Subject)
            {
                subject = true;
                about = personKey;
            }
        }
        var quotations = new Copy<Quotation>(note.Quotations);
        for (var i = 0; i < note.Quotations.Count; i++)
        {
            var q = FromSource(links.WikiLinks, note.Quotations[i], byPath);
            var personKey = q.PersonName is null ? null : people.KeyOfName(q.PersonName);
            var organizationKey = organizations.KeyOf(q.OrganizationName, null);
            if (q.PersonKey != personKey || q.OrganizationKey != organizationKey) q = q with { PersonKey = personKey, OrganizationKey = organizationKey };
            if (!ReferenceEquals(q, note.Quotations[i])) quotations.Set(i, q);
        }
        var orgs = new Copy<OrganizationMention>(note.Organizations);
        for (var i = 0; i < note.Organizations.Count; i++)
        {
            var o = note.Organizations[i];
            if (organizations.KeyOf(o.Name, o.Url) is var key && o.OrganizationKey != key)
                orgs.Set(i, o with { OrganizationKey = key, Name = organizations.Shared(o.Name), CountryCode = CountryCodes.Shared(o.CountryCode) });
        }
        if (ReferenceEquals(links.WikiLinks, note.WikiLinks) && ReferenceEquals(links.Media, note.Media) && ReferenceEquals(links.Resources, note.Resources)
            && ReferenceEquals(links.Navigation, note.Navigation) && !mentions.Changed && !quotations.Changed && !orgs.Changed && note.About == about)
            return note;
        // The front matter's navigation entry is the note's until the parent is resolved: both then hold the resolved one.
        var frontMatter = ReferenceEquals(note.FrontMatter.Navigation, note.Navigation) && !ReferenceEquals(links.Navigation, note.Navigation)
            ? note.FrontMatter with { Navigation = links.Navigation }
            : note.FrontMatter;
        return note with
        {
            FrontMatter = frontMatter,
            WikiLinks = links.WikiLinks,
            Media = links.Media,
            Resources = links.Resources,
            Navigation = links.Navigation,
            People = mentions.Result,
            Quotations = quotations.Result,
            Organizations = orgs.Result,
            About = about,
        };
    }

    // "[[Note|Source]]": the quotation is taken from that note's work, so it is by that work's author.
    private static Quotation FromSource(IReadOnlyList<WikiLink> links, Quotation q, Dictionary<string, Note> byPath)
    {
        if (q.SourceTarget is null) return q;
        string? path = null;
        foreach (var l in links)
            if (l.Target == q.SourceTarget)
            {
                path = l.ResolvedPath;
                break;
            }
        if (path is null) return q;
        q = q with { SourcePath = path };
        if (q.PersonName is not null || q.OrganizationName is not null || !byPath.TryGetValue(path, out var source) || source.Resource?.AuthorName is not { } author) return q;
        return source.Resource.AuthorIsOrganization
            ? q with { OrganizationName = author, CreatorIsOrganization = true }
            : q with { PersonName = author };
    }
}
