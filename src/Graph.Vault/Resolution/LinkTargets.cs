using System.Collections.Concurrent;
using Graph.Vault.Model;
using Graph.Vault.People;

namespace Graph.Vault.Resolution;

/// <summary>
/// What a wikilink target resolves to, and the warnings it gives, worked out once per distinct target: a vault links
/// the same few hundred targets from thousands of notes, and every ambiguous one is reported at each link.
/// </summary>
/// <remarks>Thread-safe: links are resolved on every core (two threads may work out the same target once each: equal values).</remarks>
internal sealed class LinkTargets(NoteIndex index, Dictionary<string, Note> byPath)
{
    /// <summary>A link target: the note it names (<see cref="File"/>: the vault file an embed of it shows when no note),
    /// and the messages of the warnings a link to it gives.</summary>
    public sealed record Target(string Name, string? Path, string? File, string? AmbiguousMessage, string? UnresolvedMessage);

    private readonly ConcurrentDictionary<string, Target> _targets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), string?> _headings = new();

    public NoteIndex Index => index;

    public Target Of(string name) => _targets.TryGetValue(name, out var target) ? target : _targets.GetOrAdd(name, Find(name));

    private Target Find(string name)
    {
        var (path, ambiguous) = index.Find(name);
        if (path is not null)
            return new(name, path, null, ambiguous ? $"[[{Excerpt.Of(name)}]] matches several notes; using '{path}'" : null, null);
        var file = index.FindFile(name);
        return new(name, null, file, null, $"unresolved [[{Excerpt.Of(name)}]]");
    }

    /// <summary>The message of a link to <paramref name="heading"/> of the note the target names, when that note has no such heading; else null.</summary>
    public string? MissingHeading(Target target, string heading) =>
        _headings.TryGetValue((target.Name, heading), out var message) ? message : _headings.GetOrAdd((target.Name, heading), MissingHeading(target.Name, heading, target.Path!));

    /// <summary>The message of a link named <paramref name="name"/> to <paramref name="heading"/> of the note at <paramref name="path"/>, when it has no such heading; else null.</summary>
    public string? MissingHeading(string name, string heading, string path)
    {
        if (!byPath.TryGetValue(path, out var note)) return null;
        var key = Names.Normalize(heading);
        foreach (var h in note.Headings)
            if (Names.Normalize(h.Text) == key) return null;
        return $"[[{Excerpt.Of(name)}#{Excerpt.Of(heading)}]]: '{path}' has no heading '{Excerpt.Of(heading)}'";
    }
}
