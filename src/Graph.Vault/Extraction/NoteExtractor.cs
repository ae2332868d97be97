using System.Text;
using Graph.Core.Diagnostics;
using Graph.Vault.Markdown;
using Graph.Vault.Model;
using Markdig;

namespace Graph.Vault.Extraction;

/// <summary>
/// Pass 1 for one file: front matter, then a single walk of the Markdig AST that collects headings, links, media,
/// footnotes, resource lists, plain text and the prose lines the next pass reads. Never throws for bad input.
/// </summary>
internal sealed partial class NoteExtractor
{
    private readonly string _path;
    private readonly LineMap _map;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Scratch _scratch = RentScratch();
    private List<Heading> _headings => _scratch.Headings;
    private List<WikiLink> _wikiLinks => _scratch.WikiLinks;
    private List<ExternalLink> _externalLinks => _scratch.ExternalLinks;
    private List<Media> _media => _scratch.Media;
    private List<Model.Footnote> _footnotes => _scratch.Footnotes;
    private List<ResourceEntry> _resources => _scratch.Resources;
    private List<TextLine> _lines => _scratch.Lines;
    private List<(string Tag, TextPosition Position)> _inlineTags => _scratch.InlineTags;
    private StringBuilder _text => _scratch.Text;
    private ResourceSummary? _resource;
    private string? _abstract;

    private NoteExtractor(string path, LineMap map, List<Diagnostic> diagnostics)
    {
        _path = path;
        _map = map;
        _diagnostics = diagnostics;
    }

    /// <summary>Extracts a note from its text (BOM already removed). <paramref name="path"/> is vault-relative with '/'.</summary>
    public static ExtractedNote Extract(string path, string text) => Extract(path, text.AsMemory());

    /// <summary>As <see cref="Extract(string, string)"/> for text that may be in a reused buffer (see <see cref="NoteFile.ReadShared"/>).</summary>
    public static ExtractedNote Extract(string path, ReadOnlyMemory<char> text)
    {
        var diagnostics = new List<Diagnostic>();
        if (text.Length > 0 && text.Span[0] == '\uFEFF') text = text[1..];
        if (text.Span.Contains('\r')) text = text.ToString().Replace("\r\n", "\n").Replace('\r', '\n').AsMemory();
        var raw = RawFrontMatter.Split(text);
        if (raw.Unclosed)
            diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.UnclosedFrontMatter,
                "front matter opened with '---' is never closed; the file is read as body", path, new(1, 1)));
        var frontMatter = FrontMatterReader.Read(raw, path, diagnostics);

        var body = DeepLines.Clip(raw.Body, out var firstDeep, out var deepLines);
        if (deepLines > 0)
            diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.TooDeeplyNested,
                $"{deepLines:N0} line(s) nest deeper than {DeepLines.MaxPrefixColumns} columns of quote/list markers and indentation; their prefix was cut to that",
                path, new(raw.BodyLine + firstDeep, DeepLines.MaxPrefixColumns + 1)));
        var extractor = new NoteExtractor(path, new LineMap(body, raw.BodyLine), diagnostics);
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, VaultMarkdown.Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Nesting that is not line prefixes (e.g. inline) can still hit Markdig's depth limit, which it reports by
            // an exception: keep the front matter, skip the body.
            diagnostics.Add(new(DiagnosticSeverity.Warning, VaultCodes.TooDeeplyNested,
                "the Markdown nests too deeply to be read (Markdig's depth limit); the body is ignored", path, new(raw.BodyLine, 1)));
            document = Markdig.Markdown.Parse(string.Empty, VaultMarkdown.Pipeline);
        }
        extractor.WalkDocument(document);
        return extractor.Build(path, frontMatter);
    }

    private ExtractedNote Build(string path, FrontMatter frontMatter)
    {
        var fileName = System.IO.Path.GetFileNameWithoutExtension(path);
        var tags = _scratch.Tags;
        var seen = _scratch.SeenTags;
        foreach (var t in frontMatter.Tags) AddTag(t, TagSource.FrontMatter, new(frontMatter.Present ? 2 : 0, 1));
        foreach (var (t, p) in _inlineTags) AddTag(t, TagSource.Inline, p);

        var text = Trimmed(_text);
        var note = new Note(
            Path: path,
            FileName: fileName,
            FrontMatter: frontMatter,
            Name: frontMatter.Title ?? (_headings.Count > 0 && _headings[0].Text.Length > 0 ? _headings[0].Text : fileName),
            Aliases: frontMatter.Aliases,
            Tags: Keep(tags),
            Date: frontMatter.Date,
            Navigation: frontMatter.Navigation,
            Language: LanguageGuesser.ForNote(frontMatter.Tags, frontMatter.Fields, text),
            Headings: Keep(_headings),
            Abstract: _abstract ?? string.Empty,
            Text: text,
            WikiLinks: Keep(_wikiLinks),
            ExternalLinks: Keep(_externalLinks),
            Media: Keep(_media),
            Footnotes: Keep(_footnotes),
            Resources: Keep(_resources),
            Resource: _resource,
            People: [],
            Quotations: [],
            Organizations: []);
        // The note's lines are read here, while they are at hand, by what depends on this note alone; only compact prose
        // lines stay for the vault-wide name search.
        var extracted = new ExtractedNote(note, People.MentionPass.ProseOf(_lines), People.MentionPass.FindOwn(_lines, note), _diagnostics);
        ReturnScratch(_scratch);
        return extracted;

        void AddTag(string original, TagSource source, TextPosition position)
        {
            var name = Normalize(original);
            if (name.Length > 0 && seen.Add(name)) tags.Add(new Tag(name, original.TrimStart('#').Trim(), source, position));
        }
    }

    // sb.ToString().Trim() without the untrimmed copy.
    private static string Trimmed(StringBuilder sb)
    {
        var start = 0;
        var end = sb.Length;
        while (start < end && char.IsWhiteSpace(sb[start])) start++;
        while (end > start && char.IsWhiteSpace(sb[end - 1])) end--;
        return sb.ToString(start, end - start);
    }

    /// <summary>A tag's normal form: no '#', trimmed, lower case, no trailing '/'.</summary>
    public static string Normalize(string tag) => tag.Trim().TrimStart('#').Trim().TrimEnd('/').ToLowerInvariant();

    private void Warn(string code, string message, TextPosition position) =>
        _diagnostics.Add(new(DiagnosticSeverity.Warning, code, message, _path, position));
}
