namespace Graph.Vault;

/// <summary>
/// Codes of the diagnostics the vault reader reports (<c>path(line,col): warning CODE: message</c>). Stable: tools and
/// tests match on them.
/// </summary>
public static class VaultCodes
{
    /// <summary>
    /// A file could not be read (I/O error, permission, dangling link: the note is not converted), or is not valid
    /// UTF-8 (the position of the first invalid byte is given; invalid bytes become U+FFFD and the note is converted).
    /// </summary>
    public const string UnreadableFile = "GV001";

    /// <summary>A text file is UTF-16 (it starts with a byte order mark); it is decoded and converted.</summary>
    public const string NotUtf8 = "GV002";

    /// <summary>A file named as a note (or a CSV table) holds binary data (a NUL byte); it is not converted.</summary>
    public const string BinaryFile = "GV003";

    /// <summary>
    /// A note is larger than <see cref="VaultReaderOptions.MaxNoteBytes"/>: only its first lines up to the limit are
    /// read, so one file cannot exhaust memory.
    /// </summary>
    public const string FileTooLarge = "GV004";

    /// <summary>A symbolic link to a folder leads back to a folder already read (a loop); it is not followed.</summary>
    public const string SymbolicLinkLoop = "GV005";

    /// <summary>A symbolic link points to nothing; it is skipped.</summary>
    public const string DanglingLink = "GV006";

    /// <summary>A folder cannot be listed (permission, a path longer than the system allows); its files are not read.</summary>
    public const string UnlistableFolder = "GV007";

    /// <summary>
    /// Two notes' paths differ only by how their accents are encoded (a precomposed letter vs a letter and a combining
    /// mark, Unicode NFC vs NFD); both are converted, but a link naming either is ambiguous.
    /// </summary>
    public const string NormalizationTwins = "GV008";

    /// <summary>
    /// Lines are nested deeper than the Markdown reader handles in bounded time (block quotes, lists, indentation);
    /// their leading markers are cut to the limit and the note is converted.
    /// </summary>
    public const string TooDeeplyNested = "GV009";

    /// <summary>The Markdown body could not be parsed; the note is converted with its front matter only.</summary>
    public const string UnparsableBody = "GV010";

    /// <summary>The front matter is not valid YAML; the note is read without it.</summary>
    public const string BrokenFrontMatter = "GV101";

    /// <summary>A <c>---</c> front matter block is never closed; the whole file is read as body.</summary>
    public const string UnclosedFrontMatter = "GV102";

    /// <summary>The <c>date</c> value is not a date in any accepted format.</summary>
    public const string InvalidDate = "GV103";

    /// <summary>A front-matter field has an unexpected shape (e.g. <c>tags</c> as a mapping); it is ignored.</summary>
    public const string UnexpectedField = "GV104";

    /// <summary>
    /// The front matter holds more than 10,000 values once YAML aliases
    /// are expanded (a "billion laughs" bomb) or nests them in a cycle; the field is cut at the limit.
    /// </summary>
    public const string FrontMatterTooLarge = "GV105";

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
