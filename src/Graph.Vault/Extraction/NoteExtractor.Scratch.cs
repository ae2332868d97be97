using System.Text;
using Graph.Core.Diagnostics;
using Graph.Vault.Model;

namespace Graph.Vault.Extraction;

internal sealed partial class NoteExtractor
{
    /// <summary>
    /// What one extraction needs only while it runs, kept per thread and reused note after note: the lines and their
    /// segment lists, the lists the note's parts are gathered in (the note keeps exact copies), the text builders.
    /// Allocating them afresh for each note was most of what the walk allocated, and list slack stayed in the model.
    /// Extraction never nests on a thread, so one set per thread is enough.
    /// </summary>
    private sealed class Scratch
    {
        public readonly List<TextLine> Lines = [];
        public readonly List<TextLine> Pool = [];
        public readonly List<Heading> Headings = [];
        public readonly List<WikiLink> WikiLinks = [];
        public readonly List<ExternalLink> ExternalLinks = [];
        public readonly List<Media> Media = [];
        public readonly List<Model.Footnote> Footnotes = [];
        public readonly List<ResourceEntry> Resources = [];
        public readonly List<(string Tag, TextPosition Position)> InlineTags = [];
        public readonly List<Tag> Tags = [];
        public readonly HashSet<string> SeenTags = new(StringComparer.Ordinal);
        public readonly StringBuilder Text = new(4096);
        public readonly StringBuilder Join = new(256);
        public int Used;

        public TextLine NextLine()
        {
            if (Used == Pool.Count) Pool.Add(new TextLine());
            return Pool[Used++];
        }

        public void Clear()
        {
            Lines.Clear();
            Used = 0;
            Headings.Clear();
            WikiLinks.Clear();
            ExternalLinks.Clear();
            Media.Clear();
            Footnotes.Clear();
            Resources.Clear();
            InlineTags.Clear();
            Tags.Clear();
            SeenTags.Clear();
            Text.Clear();
            Join.Clear();
        }

        // What a huge note grew is let go rather than kept for the thread's life.
        public bool WorthKeeping => Pool.Count <= 4096 && Text.Capacity <= 1 << 20 && Join.Capacity <= 1 << 16
            && Headings.Capacity <= 1024 && WikiLinks.Capacity <= 4096 && ExternalLinks.Capacity <= 4096 && Media.Capacity <= 1024
            && Footnotes.Capacity <= 1024 && Resources.Capacity <= 1024 && InlineTags.Capacity <= 1024
            && Tags.Capacity <= 1024 && SeenTags.Count <= 1024;
    }

    [ThreadStatic] private static Scratch? t_scratch;

    private static Scratch RentScratch()
    {
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        scratch.Clear();
        return scratch;
    }

    private static void ReturnScratch(Scratch scratch)
    {
        if (scratch.WorthKeeping) t_scratch = scratch;
    }

    // The exact copy a note keeps of a scratch list; no list at all when it is empty.
    private static IReadOnlyList<T> Keep<T>(List<T> list) => list.Count == 0 ? [] : list.ToArray();
}
