using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

/// <summary>
/// The result of the extract pass for one file: the note (people and organisations not yet found), what its lines say by
/// themselves (<see cref="Own"/>: speaker lines, quotations, the work's author), its prose for the vault-wide
/// name search, its diagnostics.
/// </summary>
internal sealed record ExtractedNote(Note Note, NoteProse Prose, People.MentionPass.Found Own, IReadOnlyList<Diagnostic> Diagnostics);
