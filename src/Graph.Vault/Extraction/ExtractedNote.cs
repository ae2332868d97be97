using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

/// <summary>The result of the extract pass for one file: the note (people and organisations not yet found), its prose lines, its diagnostics.</summary>
internal sealed record ExtractedNote(Note Note, IReadOnlyList<TextLine> Lines, IReadOnlyList<Diagnostic> Diagnostics);
