using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Mapping;

/// <summary>
/// What the converter counts in its own statements, in one pass over them (ranges of them on every core): VoID's
/// entities (distinct subjects in the dataset's URI space), the distinct instances of each class, and the media
/// described that are no file of the vault.
/// </summary>
internal sealed record DatasetCensus(int Entities, IReadOnlyList<(Iri Class, int Entities)> Classes, int ExternalMedia)
{
    public static DatasetCensus Of(IReadOnlyList<Quad> quads, string uriSpace, int parallelism)
    {
        var parts = new Part[Math.Clamp(Math.Min(parallelism, quads.Count / 50_000), 1, 64)];
        Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            p => parts[p] = Part.Of(quads, (int)((long)quads.Count * p / parts.Length), (int)((long)quads.Count * (p + 1) / parts.Length), uriSpace));
        var all = parts[0];
        foreach (var part in parts.AsSpan(1)) all.Add(part);

        var classes = all.Classes.Select(c => (c.Key, c.Value.Count)).OrderBy(c => c.Key.Value, StringComparer.Ordinal).ToList();
        var media = new HashSet<Term>();
        foreach (var type in (ReadOnlySpan<Iri>)[Schema.ImageObject, Schema.VideoObject, Schema.MediaObject])
            if (all.Classes.TryGetValue(type, out var instances))
                foreach (var s in instances)
                    if (s is Iri i && !i.Value.StartsWith(uriSpace + "media/", StringComparison.Ordinal)) media.Add(s);
        return new DatasetCensus(all.Entities.Count, classes, media.Count);
    }

    /// <summary>The subjects and typed instances of a range of statements.</summary>
    private sealed class Part
    {
        public HashSet<Iri> Entities { get; } = [];

        public Dictionary<Iri, HashSet<Term>> Classes { get; } = [];

        public static Part Of(IReadOnlyList<Quad> quads, int start, int end, string uriSpace)
        {
            var part = new Part();
            Term? previous = null;
            for (var i = start; i < end; i++)
            {
                var q = quads[i];
                // A subject's statements mostly come together: one test for the run.
                if (!ReferenceEquals(q.Subject, previous))
                {
                    previous = q.Subject;
                    if (q.Subject is Iri s && s.Value.StartsWith(uriSpace, StringComparison.Ordinal)) part.Entities.Add(s);
                }
                if (q.Object is Iri cls && q.Predicate.Equals(Rdf.Type)) part.Instances(cls).Add(q.Subject);
            }
            return part;
        }

        public void Add(Part other)
        {
            Entities.UnionWith(other.Entities);
            foreach (var (cls, instances) in other.Classes) Instances(cls).UnionWith(instances);
        }

        private HashSet<Term> Instances(Iri cls)
        {
            if (!Classes.TryGetValue(cls, out var set)) Classes[cls] = set = [];
            return set;
        }
    }
}
