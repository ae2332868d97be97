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
    private readonly List<Heading> _headings = [];
    private readonly List<WikiLink> _wikiLinks = [];
    private readonly List<ExternalLink> _externalLinks = [];
    private readonly List<Media> _media = [];
    private readonly List<Footnote> _footnotes = [];
    private readonly List<ResourceEntry> _resources = [];
    private readonly List<TextLine> _lines = [];
    private readonly List<(string Tag, TextPosition Position)> _inlineTags = [];
    // The note's plain text, built in a per-thread builder: a fresh one per note cost more in growing chunks than the
    // text itself. Extraction never nests on a thread, so one builder per thread is enough.
    private readonly StringBuilder _text = RentBuilder(ref t_text);
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
        var tags = new List<Tag>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in frontMatter.Tags) AddTag(t, TagSource.FrontMatter, new(frontMatter.Present ? 2 : 0, 1));
        foreach (var (t, p) in _inlineTags) AddTag(t, TagSource.Inline, p);

        var text = Trimmed(_text);
        ReturnBuilder(ref t_text, _text);
        var note = new Note(
            Path: path,
            FileName: fileName,
            FrontMatter: frontMatter,
            Name: frontMatter.Title ?? (_headings.Count > 0 && _headings[0].Text.Length > 0 ? _headings[0].Text : fileName),
            Aliases: frontMatter.Aliases,
            Tags: tags,
            Date: frontMatter.Date,
            Navigation: frontMatter.Navigation,
            Language: LanguageGuesser.ForNote(frontMatter.Tags, frontMatter.Fields, text),
            Headings: _headings,
            Abstract: _abstract ?? string.Empty,
            Text: text,
            WikiLinks: _wikiLinks,
            ExternalLinks: _externalLinks,
            Media: _media,
            Footnotes: _footnotes,
            Resources: _resources,
            Resource: _resource,
            People: [],
            Quotations: [],
            Organizations: []);
        // The note's lines are read here, while they are at hand, by what depends on this note alone; only compact prose
        // lines stay for the vault-wide name search.
        return new ExtractedNote(note, People.MentionPass.ProseOf(_lines), People.MentionPass.FindOwn(_lines, note), _diagnostics);

        void AddTag(string original, TagSource source, TextPosition position)
        {
            var name = Normalize(original);
            if (name.Length > 0 && seen.Add(name)) tags.Add(new Tag(name, original.TrimStart('#').Trim(), source, position));
        }
    }

    [ThreadStatic] private static StringBuilder? t_text;
    [ThreadStatic] private static StringBuilder? t_join;

    private static StringBuilder RentBuilder(ref StringBuilder? cached)
    {
        var sb = cached ?? new StringBuilder(4096);
        cached = null;
        return sb.Clear();
    }

    // A builder that grew for a huge note is let go rather than kept for the thread's life.
    private static void ReturnBuilder(ref StringBuilder? cached, StringBuilder sb)
    {
        if (sb.Capacity <= 1 << 20) cached = sb.Clear();
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
