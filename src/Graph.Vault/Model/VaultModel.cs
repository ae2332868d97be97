using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// Everything read from one vault, after the three passes (extract, people/organisations, resolve). No RDF here:
/// <c>Graph.Mapping</c> turns this model into Schema.org + SKOS quads. Every list is in a deterministic order
/// (notes and files by path with ordinal comparison, identities by <see cref="Person.Key"/> / <see cref="Organization.Key"/>,
/// diagnostics by file, line, column).
/// </summary>
/// <param name="RootPath">Absolute path of the vault folder that was read.</param>
/// <param name="Notes">Every Markdown file of the vault, one note each (a broken file still yields a note).</param>
/// <param name="Files">Non-Markdown files (images, PDFs, CSS…): listed, never parsed.</param>
/// <param name="Tables">The CSV tables of the data folder (<c>_data/</c>), kept raw for column mapping by configuration.</param>
/// <param name="People">One entry per real person across the vault (same profile URL or same normalised name).</param>
/// <param name="Organizations">One entry per organisation across the vault (same URL host+path or same normalised name).</param>
/// <param name="Diagnostics">Every warning of every pass, sorted by file, line, column, code.</param>
public sealed record VaultModel(
    string RootPath,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<VaultFile> Files,
    IReadOnlyList<DataTable> Tables,
    IReadOnlyList<Person> People,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The note whose vault-relative <see cref="Note.Path"/> is <paramref name="path"/>, or null.</summary>
    public Note? FindNote(string path)
    {
        foreach (var note in Notes)
            if (string.Equals(note.Path, path, StringComparison.Ordinal)) return note;
        return null;
    }

    /// <summary>The person whose <see cref="Person.Key"/> is <paramref name="key"/>, or null.</summary>
    public Person? FindPerson(string key) => People.FirstOrDefault(p => p.Key == key);

    /// <summary>The organisation whose <see cref="Organization.Key"/> is <paramref name="key"/>, or null.</summary>
    public Organization? FindOrganization(string key) => Organizations.FirstOrDefault(o => o.Key == key);
}
