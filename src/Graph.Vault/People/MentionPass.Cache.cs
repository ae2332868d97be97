using Graph.Vault.Extraction;

namespace Graph.Vault.People;

internal static partial class MentionPass
{
    /// <summary>
    /// What the previous <see cref="Run"/> found, for <see cref="IncrementalVaultReader"/>: per note, what it says by
    /// itself and its final result, and the gazetteer. A note is the same when it comes from the same extract (the same
    /// <see cref="ExtractedNote"/> object, which only a new parse replaces) with the same name (site-wide titles may
    /// rename it).
    /// </summary>
    internal sealed class Cache
    {
        private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

        public Gazetteer? Gazetteer { get; private set; }

        public Entry? Find(ExtractedNote extract, string name) =>
            _entries.TryGetValue(extract.Note.Path, out var e) && ReferenceEquals(e.Extract, extract) && e.Name == name ? e : null;

        public void Replace(Gazetteer gazetteer, ExtractedNote[] extracts, ExtractedNote[] notes, Found[] own, ExtractedNote[] results)
        {
            var entries = new Dictionary<string, Entry>(notes.Length, StringComparer.Ordinal);
            for (var i = 0; i < notes.Length; i++)
                entries[notes[i].Note.Path] = new Entry(extracts[i], notes[i].Note.Name, own[i], results[i]);
            _entries = entries;
            Gazetteer = gazetteer;
        }

        internal sealed record Entry(ExtractedNote Extract, string Name, Found Own, ExtractedNote Result);
    }
}
