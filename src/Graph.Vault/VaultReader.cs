using Graph.Vault.Model;

namespace Graph.Vault;

/// <summary>
/// Reads a vault (a folder of Markdown notes, Obsidian/Eleventy style) into a <see cref="VaultModel"/>, in three passes,
/// each usable alone:
/// <list type="number">
/// <item><b>extract</b> (<c>Extraction</c>): each file → front matter (YamlDotNet) + one walk of the Markdig AST →
/// headings, links, media, footnotes, resource lists, plain text; files are read in parallel, merged in path order;</item>
/// <item><b>people and organisations</b> (<c>People</c>): speaker lines, moderators, quotations and
/// their attributions, biography notes; organisations from speaker lines, attributions, link texts, the CSV tables and
/// prose (gazetteer of every name the vault uses + institution-name patterns in French, English, German);</item>
/// <item><b>resolve</b> (<c>Resolution</c>): wikilinks → notes (file name, path, title, alias; case and
/// accents ignored), navigation parents → notes, one <see cref="Person"/> per real person, one <see cref="Organization"/>
/// per organisation; broken links become diagnostics.</item>
/// </list>
/// Never throws for a bad note or file: problems become <see cref="VaultModel.Diagnostics"/>
/// (<c>path(line,col): warning CODE: message</c>); only a missing vault folder throws <see cref="DirectoryNotFoundException"/>.
/// The result is deterministic: the same files give the same model whatever the parallelism.
/// <code>
/// var vault = VaultReader.Read("samples/vault", VaultReaderOptions.Default);
/// foreach (var note in vault.Notes) Console.WriteLine($"{note.Path}: {note.Name} ({note.Tags.Count} tags)");
/// foreach (var d in vault.Diagnostics) Console.Error.WriteLine(d);
/// </code>
/// </summary>
public static partial class VaultReader
{
}
