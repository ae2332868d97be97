using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>A footnote definition <c>[^label]: text</c> (https://www.markdownguide.org/extended-syntax/#footnotes).</summary>
/// <param name="Label">The label without <c>^</c>.</param>
/// <param name="Text">Its plain text.</param>
/// <param name="Urls">URLs linked from it (a cited source).</param>
/// <param name="Position">Line and column of the definition.</param>
public sealed record Footnote(string Label, string Text, IReadOnlyList<string> Urls, TextPosition Position);
