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
        // The same names come back note after note (the gazetteer's own strings): each is normalised once.
        var keys = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
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
                // The prose has served: dropped, so it does not outlive the pass.
                Prose = NoteProse.Empty,
                Note = notes[i].Note with
                {
                    People = Ordered(found[i].People, p => p.Position),
                    Quotations = Ordered(found[i].Quotations, q => q.Position),
                    Organizations = Ordered(Distinct(found[i].Organizations, keys), o => o.Position),
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
    internal static NoteProse ProseOf(List<TextLine> lines)
    {
        var length = -1;
        var count = 0;
        var pieceCount = 0;
        foreach (var line in lines)
        {
            var plain = line.Span;
            if (plain.Length < 4) continue;
            length += plain.Length + 1;
            count++;
            if (line.Segments.Count > 1) pieceCount += line.Segments.Count;
        }
        if (count == 0) return NoteProse.Empty;
        var text = string.Create(length, lines, static (span, lines) =>
        {
            var at = 0;
            foreach (var line in lines)
            {
                var plain = line.Span;
                if (plain.Length < 4) continue;
                if (at > 0) span[at++] = '\n';
                plain.CopyTo(span[at..]);
                at += plain.Length;
            }
        });
        var prose = new ProseLine[count];
        var pieces = pieceCount == 0 ? [] : new NoteProse.Piece[pieceCount];
        var rented = count > 256 ? System.Buffers.ArrayPool<int>.Shared.Rent(count) : null;
        var starts = rented is null ? stackalloc int[count] : rented.AsSpan(0, count);
        var k = 0;
        var start = 0;
        var piece = 0;
        foreach (var line in lines)
        {
            var plain = line.Span;
            if (plain.Length < 4) continue;
            var segments = line.Segments;
            starts[k] = start;
            if (segments.Count == 1)
                prose[k++] = new ProseLine(start, plain.Length, line.Position, segments[0].Position, segments[0].Kind == SegmentKind.Text, 0, 0);
            else
            {
                prose[k++] = new ProseLine(start, plain.Length, line.Position, default, false, piece, segments.Count);
                foreach (var s in segments) pieces[piece++] = new NoteProse.Piece(s.Span.Length, s.Kind == SegmentKind.Text, s.Position);
            }
            start += plain.Length + 1;
        }
        var found = t_institutions ??= [];
        found.Clear();
        Institutions.FindAll(text, starts, found);
        if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
        if (found.Count == 0) return new NoteProse(text, prose, pieces, [], []);
        var institutions = new OrganizationMention[found.Count];
        var institutionLines = new int[found.Count];
        var index = 0;
        k = 0;
        // The positions are read over the lines' segments, which are at hand.
        foreach (var line in lines)
        {
            if (line.Span.Length < 4) continue;
            for (; index < found.Count && found[index].Line == k; index++)
            {
                var (_, from, to) = found[index];
                institutions[index] = new OrganizationMention(TrimArticle(text[from..to]), null, null, OrganizationSource.Prose, ProseLine.At(line, from - prose[k].Start));
                institutionLines[index] = k;
            }
            if (index == found.Count) break;
            k++;
        }
        return new NoteProse(text, prose, pieces, institutions, institutionLines);
    }

    [ThreadStatic] private static List<(int Line, int Start, int End)>? t_institutions;

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
        HashSet<string>? knownNames = null;

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
        var prose = extracted.Prose;
        var names = t_hits ??= [];
        var k = 0;
        for (var line = 0; line < prose.Count; line++)
        {
            names.Clear();
            gazetteer.FindAll(prose.Line(line), names);
            foreach (var (name, offset, isPerson) in names)
            {
                var position = prose.At(line, offset);
                if (isPerson)
                {
                    known ??= new HashSet<string>(found.People.Select(p => Names.Normalize(p.Name)), StringComparer.Ordinal);
                    // The gazetteer's name strings: one met before (by reference) is known already, not normalised again.
                    if ((knownNames ??= new HashSet<string>(ReferenceEqualityComparer.Instance)).Add(name) && known.Add(Names.Normalize(name)))
                        found.People.Add(new PersonMention(name, null, null, null, null, null, null, [], null, MentionRole.Mentioned, position));
                }
                else found.Organizations.Add(new OrganizationMention(name, null, null, OrganizationSource.Prose, position));
            }
            for (; k < prose.InstitutionLines.Length && prose.InstitutionLines[k] == line; k++) found.Organizations.Add(prose.Institutions[k]);
        }
    }

    [ThreadStatic] private static List<(string Name, int Offset, bool IsPerson)>? t_hits;

    private static string TrimArticle(string name) => LeadingArticle().Replace(name, "");

    private static List<OrganizationMention> Distinct(List<OrganizationMention> mentions, System.Collections.Concurrent.ConcurrentDictionary<string, string> keys)
    {
        if (mentions.Count < 2) return mentions;
        var seen = new HashSet<(string, OrganizationSource)>();
        // A name the gazetteer finds a hundred times in a note is the same string each time: only its first
        // occurrence (by reference, a cheap hash) is normalised and looked up.
        var same = new HashSet<(string, OrganizationSource)>(SameName.Instance);
        var result = new List<OrganizationMention>(mentions.Count);
        foreach (var m in mentions)
            if (same.Add((m.Name, m.Source)) && seen.Add((keys.GetOrAdd(m.Name, Names.NormalizeOrganization), m.Source))) result.Add(m);
        return result;
    }

    private sealed class SameName : IEqualityComparer<(string Name, OrganizationSource Source)>
    {
        public static readonly SameName Instance = new();

        public bool Equals((string Name, OrganizationSource Source) x, (string Name, OrganizationSource Source) y) =>
            ReferenceEquals(x.Name, y.Name) && x.Source == y.Source;

        public int GetHashCode((string Name, OrganizationSource Source) obj) =>
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Name) * 31 + (int)obj.Source;
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
