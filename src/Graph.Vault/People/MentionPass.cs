using System.Text.RegularExpressions;
using Graph.Core.Diagnostics;
using Graph.Vault.Extraction;
using Graph.Vault.Model;

namespace Graph.Vault.People;

/// <summary>
/// Pass 2: people, quotations and organisations of every note. First each note alone (speaker lines, quotations,
/// biography notes); then, with a gazetteer of every name found plus the CSV tables, link texts and prose.
/// Notes are processed in parallel; each note's lists are in document order.
/// </summary>
internal static partial class MentionPass
{
    public static ExtractedNote[] Run(ExtractedNote[] notes, IReadOnlyList<DataTable> tables, VaultReaderOptions options, List<Diagnostic> diagnostics, CancellationToken cancellationToken, Cache? cache = null, ExtractedNote[]? extracts = null)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        var own = new Found[notes.Length];
        var kept = new Cache.Entry?[notes.Length];
        var found = new Found[notes.Length];
        Parallel.For(0, notes.Length, parallel, i =>
        {
            // Without a cache nothing else reads these findings (each extract is completed once): Biography and
            // FindInText add to them in place, no copy.
            if (cache is null)
            {
                found[i] = notes[i].Own;
                Biography(notes[i].Note, found[i]);
                return;
            }
            kept[i] = cache.Find((extracts ?? notes)[i], notes[i].Note.Name);
            // What a note says by itself depends on that note alone; FindInText adds to the lists, so each run gets a copy.
            own[i] = kept[i]?.Own ?? WithBiography(notes[i]);
            found[i] = Copy(own[i]);
        });

        var gazetteer = new Gazetteer();
        foreach (var f in found)
        {
            foreach (var o in f.Organizations) gazetteer.Add(o.Name, isPerson: false);
            foreach (var p in f.People)
                if (p.Role != MentionRole.Mentioned) gazetteer.Add(p.Name, isPerson: true);
        }
        foreach (var table in tables)
            if (CsvColumns(table, options) is { } columns && IndexOf(table, columns.Name) is var nameIndex and >= 0)
                foreach (var row in table.Rows) gazetteer.Add(row[nameIndex], isPerson: false);
        foreach (var name in options.KnownOrganizations) gazetteer.Add(name, isPerson: false);
        // With the same gazetteer, an unchanged note finds the same names in its text: its previous result stands.
        var sameNames = cache?.Gazetteer is { } previous && previous.SameAs(gazetteer);

        var result = new ExtractedNote[notes.Length];
        Parallel.For(0, notes.Length, parallel, i =>
        {
            if (sameNames && kept[i] is { } entry)
            {
                result[i] = entry.Result;
                return;
            }
            FindInText(notes[i], found[i], gazetteer, options);
            result[i] = notes[i] with
            {
                // The prose lines have served: dropped, so they do not outlive the pass.
                Lines = [],
                Note = notes[i].Note with
                {
                    People = Ordered(found[i].People, p => p.Position),
                    Quotations = Ordered(found[i].Quotations, q => q.Position),
                    Organizations = Ordered(Distinct(found[i].Organizations), o => o.Position),
                    Resource = found[i].Author is { } a && notes[i].Note.Resource is { } r
                        ? r with { AuthorName = a.Name ?? a.Organization, AuthorIsOrganization = a.IsOrganization }
                        : notes[i].Note.Resource,
                },
            };
        });
        cache?.Replace(gazetteer, extracts ?? notes, notes, own, result);
        return result;
    }

    private static Found Copy(Found f) => new([.. f.People], [.. f.Quotations], [.. f.Organizations], f.Author);

    internal static CsvOrganizationColumns? CsvColumns(DataTable table, VaultReaderOptions options) =>
        options.OrganizationTables.TryGetValue(Path.GetFileName(table.Path), out var configured) ? configured
        : CsvOrganizationColumns.Guess(table.Headers) is { Url: not null } guessed ? guessed : null;

    internal static int IndexOf(DataTable table, string? header) =>
        header is null ? -1 : table.Headers.ToList().FindIndex(h => string.Equals(h.Trim(), header.Trim(), StringComparison.OrdinalIgnoreCase));

    internal sealed record Found(List<PersonMention> People, List<Quotation> Quotations, List<OrganizationMention> Organizations, Quotations.Attribution? Author);

    /// <summary>
    /// What a note's lines say by themselves (speaker lines, quotations, the work's author), found by the extract pass
    /// while the lines are at hand; the biography test waits for <see cref="Run"/>, as site-wide titles may rename the note.
    /// </summary>
    internal static Found FindOwn(IReadOnlyList<TextLine> lines, Note note)
    {
        var found = new Found([], [], [], ResourceAuthors.Find(lines, note.Resource));
        SpeakerLines.Find(lines, note.Language, found.People, found.Organizations);
        Quotations.Find(lines, note.Language, found.Author, found.Quotations, found.People, found.Organizations);
        WorkAuthor(note, found);
        return found;
    }

    private static Found WithBiography(ExtractedNote extracted)
    {
        var found = Copy(extracted.Own);
        Biography(extracted.Note, found);
        return found;
    }

    /// <summary>
    /// The lines the vault-wide name search reads (long enough to hold a name), with the institution names in each: those
    /// depend on the line alone, so they are found now and added in the same order as the gazetteer's.
    /// </summary>
    internal static ProseLine[] ProseOf(List<TextLine> lines)
    {
        var plains = System.Buffers.ArrayPool<string>.Shared.Rent(lines.Count);
        var count = 0;
        foreach (var line in lines)
            if (line.Plain.Length >= 4) plains[count++] = line.Plain;
        var rented = count > 256 ? System.Buffers.ArrayPool<bool>.Shared.Rent(count) : null;
        var cued = rented is null ? stackalloc bool[count] : rented.AsSpan(0, count);
        cued.Clear();
        Institutions.MarkCued(plains.AsSpan(0, count), cued);
        var prose = new ProseLine[count];
        var k = 0;
        foreach (var line in lines)
        {
            var plain = line.Plain;
            if (plain.Length < 4) continue;
            OrganizationMention[]? institutions = null;
            if (cued[k] && Institutions.FindCued(plain) is { Count: > 0 } hits)
            {
                institutions = new OrganizationMention[hits.Count];
                for (var i = 0; i < hits.Count; i++)
                    institutions[i] = new OrganizationMention(TrimArticle(hits[i].Name), null, null, OrganizationSource.Prose, ProseLine.At(line, hits[i].Offset));
            }
            prose[k++] = new ProseLine(line, institutions);
        }
        plains.AsSpan(0, count).Clear();
        System.Buffers.ArrayPool<string>.Shared.Return(plains);
        if (rented is not null) System.Buffers.ArrayPool<bool>.Shared.Return(rented);
        return prose;
    }

    // The author of the work a resource note summarises is named by the note even when none of its own quotations is
    // theirs: another note's quotation taken from this one ("[[This note|Source]]", a cited table row) is theirs.
    // A person only when linked to a profile ("[Name](profile) analyse…"): a plain leading name is too often a
    // work's or a project's ("L'Impact Playbook propose…").
    private static void WorkAuthor(Note note, Found found)
    {
        if (found.Author is not { } a || note.Resource is not { } resource) return;
        if (a is { Name: { } name, ProfileUrl: { } profile } && !found.People.Any(p => p.Name == name))
            found.People.Add(new PersonMention(name, a.Honorific, null, null, null, null, null, [profile], null, MentionRole.Mentioned, resource.Position));
        else if (a.IsOrganization && a.Organization is { } org && !found.Organizations.Any(o => o.Name == org))
            found.Organizations.Add(new OrganizationMention(org, null, null, OrganizationSource.Attribution, resource.Position));
    }

    // A note named after a person whose text speaks of them ("Stéphanie Lugon est conservatrice de La Muette") is about them.
    private static void Biography(Note note, Found found)
    {
        var (honorific, name) = Names.SplitHonorific(note.Name);
        if (!Names.LooksLikePerson(name) || note.Resource is not null) return;
        // The text must speak of them as a person: "Name est …", "Name is …", "Name ist …", "Name, née …".
        if (!note.Text.Contains(name + " est ", StringComparison.Ordinal) && !note.Text.Contains(name + " is ", StringComparison.Ordinal)
            && !note.Text.Contains(name + " ist ", StringComparison.Ordinal) && !note.Text.Contains(name + " a ", StringComparison.Ordinal)
            && !note.Text.Contains(name + " has ", StringComparison.Ordinal)) return;
        string? role = null, org = null;
        var m = BiographyRole().Match(note.Text[note.Text.IndexOf(name, StringComparison.Ordinal)..]);
        if (m.Success && m.Index < name.Length + 3)
        {
            role = m.Groups["role"].Value.Trim();
            org = m.Groups["org"].Value.Trim();
        }
        var position = note.Headings.FirstOrDefault(h => h.Text == note.Name)?.Position ?? new TextPosition(note.FrontMatter.BodyLine, 1);
        found.People.Add(new PersonMention(name, honorific, role, role is null ? null : LanguageGuesser.OfShortText(role, note.Language), org, null, null, [], null, MentionRole.Subject, position));
        if (org is not null) found.Organizations.Add(new OrganizationMention(org, null, null, OrganizationSource.Prose, position));
    }

    private static void FindInText(ExtractedNote extracted, Found found, Gazetteer gazetteer, VaultReaderOptions options)
    {
        var note = extracted.Note;
        // Built at the first person the gazetteer finds: most notes' prose names none.
        HashSet<string>? known = null;

        // Link texts that name an organisation: "[Concilio](https://www.concilioltd.com/)".
        foreach (var link in note.ExternalLinks)
        {
            if (link.IsBroken || link.Text.Length == 0) continue;
            var hits = gazetteer.FindAll(link.Text);
            if (hits is [{ IsPerson: false } hit] && hit.Name.Length >= link.Text.Trim().Length - 2)
                found.Organizations.Add(new OrganizationMention(hit.Name, link.Url, null, OrganizationSource.Link, link.Position));
            else if (Institutions.FindAll(link.Text) is [var inst] && inst.Name.Length >= link.Text.Trim().Length - 4)
                found.Organizations.Add(new OrganizationMention(TrimArticle(inst.Name), link.Url, null, OrganizationSource.Link, link.Position));
        }

        if (!options.FindOrganizationsInProse) return;
        foreach (var line in extracted.Lines)
        {
            var plain = line.Plain;
            foreach (var (name, offset, isPerson) in gazetteer.FindAll(plain))
            {
                var position = line.At(offset);
                if (isPerson)
                {
                    known ??= new HashSet<string>(found.People.Select(p => Names.Normalize(p.Name)), StringComparer.Ordinal);
                    if (known.Add(Names.Normalize(name)))
                        found.People.Add(new PersonMention(name, null, null, null, null, null, null, [], null, MentionRole.Mentioned, position));
                }
                else found.Organizations.Add(new OrganizationMention(name, null, null, OrganizationSource.Prose, position));
            }
            if (line.Institutions is { } institutions) found.Organizations.AddRange(institutions);
        }

    }

    private static string TrimArticle(string name) => LeadingArticle().Replace(name, "");

    private static List<OrganizationMention> Distinct(List<OrganizationMention> mentions)
    {
        if (mentions.Count < 2) return mentions;
        var seen = new HashSet<(string, OrganizationSource)>();
        var result = new List<OrganizationMention>(mentions.Count);
        foreach (var m in mentions)
            if (seen.Add((Names.NormalizeOrganization(m.Name), m.Source))) result.Add(m);
        return result;
    }

    // Stable by position: most lists are empty or have one item, and the others are nearly in order already.
    private static IReadOnlyList<T> Ordered<T>(List<T> items, Func<T, TextPosition> position)
    {
        if (items.Count == 0) return [];
        var keys = new (int Line, int Column, int Index)[items.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = (position(items[i]).Line, position(items[i]).Column, i);
        var array = items.ToArray();
        if (items.Count > 1) Array.Sort(keys, array);
        return array;
    }

    [GeneratedRegex(@"^(?:l['’]|le |la |les |the )", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\s(?:est|is|ist)\s+(?<role>\p{Ll}[\p{L} -]{2,40}?)\s+(?:de la|de l['’]|des|du|de|d['’]|at the|at|of the|of)\s*(?<org>\p{Lu}[\p{L}'’ -]{1,60}?)(?=\s+(?:depuis|since|seit)|[,.;]|$)")]
    private static partial Regex BiographyRole();
}
