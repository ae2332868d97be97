namespace Graph.Vault;

/// <summary>
/// Codes of the diagnostics the vault reader reports (<c>path(line,col): warning CODE: message</c>). Stable: tools and
/// tests match on them.
/// </summary>
public static class VaultCodes
{
    /// <summary>A file could not be read (I/O error, invalid encoding).</summary>
    public const string UnreadableFile = "GV001";

    /// <summary>The front matter is not valid YAML; the note is read without it.</summary>
    public const string BrokenFrontMatter = "GV101";

    /// <summary>A <c>---</c> front matter block is never closed; the whole file is read as body.</summary>
    public const string UnclosedFrontMatter = "GV102";

    /// <summary>The <c>date</c> value is not a date in any accepted format.</summary>
    public const string InvalidDate = "GV103";

    /// <summary>A front-matter field has an unexpected shape (e.g. <c>tags</c> as a mapping); it is ignored.</summary>
    public const string UnexpectedField = "GV104";

    /// <summary>A <c>[[wikilink]]</c> names no note or file of the vault.</summary>
    public const string UnresolvedLink = "GV201";

    /// <summary>A <c>[[wikilink]]</c> matches several notes; the first by path is taken.</summary>
    public const string AmbiguousLink = "GV202";

    /// <summary>A Markdown link has an empty URL or an editor-local one (<c>app://obsidian.md/…</c>).</summary>
    public const string BrokenExternalLink = "GV203";

    /// <summary>An <c>eleventyNavigation.parent</c> names no navigation key of the vault.</summary>
    public const string UnresolvedNavigationParent = "GV204";

    /// <summary>A <c>[[Target#Heading]]</c> names a heading the target note does not have.</summary>
    public const string UnresolvedHeading = "GV205";

    /// <summary>An embedded or linked attachment (<c>![[photo.png]]</c>, <c>![](images/a.png)</c>) is not a file of the vault.</summary>
    public const string MissingAttachment = "GV206";

    /// <summary>A CSV table could not be read, or a row lacks its name.</summary>
    public const string BadTableRow = "GV301";
}
