using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>A Markdown heading (ATX or setext) with its plain text (emphasis, links and wikilinks reduced to their text).</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Text">Plain text, trimmed.</param>
/// <param name="Position">Line and column of the heading's first character.</param>
public sealed record Heading(int Level, string Text, TextPosition Position);
