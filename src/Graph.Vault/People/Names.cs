using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Vault.People;

/// <summary>Rules for people's and organisations' names: honorifics, what looks like a person's name, normal forms, slugs.</summary>
internal static partial class Names
{
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
        { "de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du", "des", "dos", "y", "zu", "ter", "af" };

    // Words that make a capitalised phrase an organisation, a place or a title rather than a person.
    private static readonly HashSet<string> s_notPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "musée", "musées", "museum", "museums", "muséum", "université", "university", "universität", "institut", "institute", "lab",
        "studio", "sàrl", "sarl", "sa", "ag", "gmbh", "ltd", "hub", "fondation", "foundation", "association", "agence", "office",
        "service", "canton", "archives", "bibliothèque", "library", "centre", "center", "gallery", "galerie", "projet", "project",
        "forum", "programme", "program", "conclusion", "introduction", "stratégie", "numérique", "digital", "transformation",
        "culture", "école", "school", "haute", "réseau", "network", "group", "groupe", "team", "équipe", "lien", "ici", "here",
        "youtube", "linkedin", "twitter", "github", "google", "site", "web", "page", "agenda", "notes", "note", "définition",
        "exemples", "ressources", "villa", "pavilions", "kingdom", "electronica", "booster", "arenametrix", "museovation",
        "collaboratoire", "gamelab", "unesco", "icom", "nemo", "europeana", "la", "le", "les", "the", "des", "du", "et", "and",
        "télécharger", "téléchargez", "présentation", "voir", "retrouver", "modération", "commentaires", "directeur", "directrice",
        "journal", "revue", "review", "magazine", "gazette", "news", "presse", "press", "éditions", "editions", "verlag", "zeitung",
        "zeitschrift", "blog", "podcast",
    };

    /// <summary>Splits a leading honorific (<c>Prof.</c>, <c>Dr</c>, <c>Mme</c>, <c>M.</c>, <c>Mr</c>, <c>Ms</c>…) from a name.</summary>
    public static (string? Honorific, string Name) SplitHonorific(string text)
    {
        var t = Collapse(text);
        // Every honorific starts with P, D or M: other names skip the regex.
        if (t.Length == 0 || t[0] is not ('P' or 'D' or 'M')) return (null, t);
        var m = Honorific().Match(t);
        return m.Success ? (m.Groups[1].Value, t[m.Length..].Trim()) : (null, t);
    }

    /// <summary>True for 2 to 5 capitalised words (particles allowed inside), no digits, no organisation word.</summary>
    public static bool LooksLikePerson(string name)
    {
        if (name.Length is < 4 or > 50) return false;
        // Words are the runs between spaces (no-break ones too), read in place: this runs on every candidate name.
        var text = name.AsSpan();
        var count = 0;
        for (var at = 0; NextWord(text, ref at, out _, out _);) count++;
        if (count is < 2 or > 5) return false;
        var capitalised = 0;
        var i = 0;
        for (var at = 0; NextWord(text, ref at, out var start, out var length); i++)
        {
            var w = text.Slice(start, length);
            if (i > 0 && i < count - 1 && s_particlesLookup.Contains(w)) continue;
            if (s_notPersonLookup.Contains(w.TrimEnd(".,"))) return false;
            if (!char.IsUpper(w[0])) return false;
            if (w[^1] == '.' && w.Length > 2) return false;
            foreach (var c in w)
                if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) return false;
            // All-caps words are acronyms or shouted organisation names (CORRESPONDANCES DIGITALES), except initials (C.).
            if (w.Length > 2 && IsAllCaps(w)) return false;
            capitalised++;
        }
        return capitalised >= 2;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static bool NextWord(ReadOnlySpan<char> text, ref int at, out int start, out int length)
    {
        while (at < text.Length && text[at] is ' ' or '\u00A0') at++;
        start = at;
        while (at < text.Length && text[at] is not (' ' or '\u00A0')) at++;
        length = at - start;
        return length > 0;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particlesLookup = s_particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notPersonLookup = s_notPerson.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower case, accents folded, punctuation and hyphens as spaces, spaces collapsed: the key for "same name".</summary>
    public static string Normalize(string text)
    {
        // The app runs with invariant globalization, where string.Normalize does not decompose: fold by table.
        // The key is never longer than the text: one buffer, on the stack for names, rented for note texts.
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var space = true;
        foreach (var original in text)
        {
            var c = Fold(original);
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
                space = false;
            }
            else if (!space && c is not '\'' and not '’')
            {
                buffer[length++] = ' ';
                space = true;
            }
        }
        // Only appended spaces can trail (letters and digits are never white space).
        while (length > 0 && buffer[length - 1] == ' ') length--;
        var key = buffer[..length];
        // Keys are looked up far more often than they are new: an already normal text is its own key.
        var result = key.SequenceEqual(text) ? text : new string(key);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤÙÚÛÜŪŮŰŲÝŸŹŻŽ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSTUUUUUUUUYYZZZ";

    private static char Fold(char c)
    {
        if (c < 128) return c;
        var i = Accented.IndexOf(c);
        return i >= 0 ? Plain[i] : c;
    }

    /// <summary>An organisation's normal form: <see cref="Normalize"/> without a leading article or a trailing legal form.</summary>
    public static string NormalizeOrganization(string text)
    {
        var n = Normalize(text);
        // The normal form is lower-case words and single spaces: the article is the first word, the legal form the last.
        var key = n.AsSpan();
        var space = key.IndexOf(' ');
        if (space > 0 && key[..space] is "l" or "le" or "la" or "les" or "the" or "der" or "die" or "das") key = key[(space + 1)..];
        space = key.LastIndexOf(' ');
        if (space >= 0 && key[(space + 1)..] is "sarl" or "sa" or "ag" or "gmbh" or "ltd" or "llc" or "inc" or "plc" or "srl") key = key[..space];
        key = key.Trim();
        return key.Length == n.Length ? n : new string(key);
    }

    /// <summary>An ASCII slug: accents folded, lower case, runs of other characters as one '-'.</summary>
    public static string Slug(string text)
    {
        var n = Normalize(text);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "x" : slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    public static string Collapse(string text) => Extraction.NoteExtractor.CollapseSpaces(text.Replace('\n', ' '));

    [GeneratedRegex(@"^(Prof\.?|Professeur|Professor|Dr\.?|Docteur|Doctor|Mme\.?|Madame|Mlle|M\.|Monsieur|Mr\.?|Mrs\.?|Ms\.?|Me)\s+(?=\p{Lu})")]
    private static partial Regex Honorific();

}
