using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// The YAML block between <c>---</c> lines at the top of a note, read leniently: trailing spaces, empty values, a
/// key written <c>alias :</c>, tags written <c>#a #b</c> (a YAML comment, recovered from the raw text) are all accepted.
/// </summary>
/// <param name="Present">True when the note starts with a front-matter block (even an unparseable one).</param>
/// <param name="Valid">False when the block was present but YAML could not read it (a diagnostic says where).</param>
/// <param name="Title">The <c>title</c> value, trimmed, or null when absent or empty.</param>
/// <param name="Aliases">Values of <c>alias</c> and <c>aliases</c> (string, comma-free list or YAML list), trimmed, non-empty.</param>
/// <param name="Tags">Raw tag values as written (without <c>#</c>), before normalisation, in file order.</param>
/// <param name="DateText">The <c>date</c> value as written, or null.</param>
/// <param name="Date">The date, when <see cref="DateText"/> parses (ISO, <c>dd.MM.yyyy</c>, <c>dd/MM/yyyy</c>, ISO date-time…).</param>
/// <param name="Layout">The Eleventy <c>layout</c>, or null.</param>
/// <param name="Navigation">The <c>eleventyNavigation</c> block, or null when absent or all empty.</param>
/// <param name="Fields">Every top-level scalar field (key trimmed → value trimmed), sorted by key, for mapping by configuration.</param>
/// <param name="BodyLine">1-based line of the body's first line in the file (1 when there is no front matter).</param>
public sealed record FrontMatter(
    bool Present,
    bool Valid,
    string? Title,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Tags,
    string? DateText,
    DateOnly? Date,
    string? Layout,
    Navigation? Navigation,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    int BodyLine)
{
    /// <summary>A note without front matter.</summary>
    public static readonly FrontMatter None = new(false, true, null, [], [], null, null, null, null, [], 1);
}
