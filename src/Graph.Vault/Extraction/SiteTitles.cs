namespace Graph.Vault.Extraction;

/// <summary>
/// A front-matter title repeated across much of the vault is the site's name (Eleventy layouts print it), not the
/// note's: such notes are named after their first heading, else their file name.
/// </summary>
internal static class SiteTitles
{
    public static ExtractedNote[] Apply(ExtractedNote[] notes, VaultReaderOptions options)
    {
        var site = new HashSet<string>(options.SiteTitles.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        if (site.Count == 0)
        {
            var threshold = Math.Max(3, (int)Math.Ceiling(notes.Length * options.SiteTitleShare));
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var n in notes)
                if (n.Note.FrontMatter.Title is { } title && (counts[title] = counts.GetValueOrDefault(title) + 1) == threshold) site.Add(title);
        }
        if (site.Count == 0) return notes;
        var result = new ExtractedNote[notes.Length];
        for (var i = 0; i < notes.Length; i++)
        {
            var note = notes[i].Note;
            result[i] = note.FrontMatter.Title is { } title && site.Contains(title)
                ? notes[i] with { Note = note with { Name = note.Headings.FirstOrDefault(h => h.Text.Length > 0)?.Text ?? note.FileName } }
                : notes[i];
        }
        return result;
    }
}
