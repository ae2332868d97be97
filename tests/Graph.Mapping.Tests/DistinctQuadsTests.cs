using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Vault.Model;

namespace Graph.Mapping.Tests;

/// <summary>The converter's statement set, and the mapping of notes on several threads that merges into it.</summary>
public sealed class DistinctQuadsTests
{
    private static Quad Q(string s, string o) => new(new Iri("https://example.org/" + s), Rdf.Type, new Iri("https://example.org/" + o));

    [Fact]
    public void KeepsEachStatementOnceInFirstOrder()
    {
        var set = new DistinctQuads();
        Assert.True(set.Add(Q("a", "x")));
        Assert.True(set.Add(Q("b", "x")));
        Assert.False(set.Add(Q("a", "x")));
        Assert.True(set.Add(Q("c", "x")));
        Assert.Equal([Q("a", "x"), Q("b", "x"), Q("c", "x")], set.ToList());
        Assert.True(set.Contains(Q("b", "x")));
        Assert.False(set.Contains(Q("b", "y")));
        Assert.True(set.SetEquals([Q("c", "x"), Q("b", "x"), Q("a", "x")]));
    }

    [Fact]
    public void MergingBatchesIsAddingOneByOne()
    {
        Quad[][] batches = [[Q("a", "x"), Q("b", "x"), Q("a", "x")], [Q("b", "x"), Q("c", "x")], [], [Q("a", "x"), Q("d", "x"), Q("c", "x")]];
        var oneByOne = new DistinctQuads();
        foreach (var q in batches.SelectMany(b => b)) oneByOne.Add(q);

        var merged = new DistinctQuads();
        merged.Add(Q("z", "x"));
        foreach (var b in batches)
        {
            var batch = new DistinctQuads.Batch();
            foreach (var q in b) batch.Add(q);
            merged.AddRange(batch);
        }
        Assert.Equal([Q("z", "x"), .. oneByOne], merged.ToList());
    }

    [Fact]
    public void MergingBatchesOnSeveralThreadsIsAddingOneByOne()
    {
        // Enough statements for every hash table of the set and for it to grow, many repeated across and within
        // batches, some batches empty (the merge numbers statements across batches).
        var random = new Random(7);
        var batches = Enumerable.Range(0, 40).Select(b => b % 7 == 3 ? [] :
            Enumerable.Range(0, random.Next(1, 400)).Select(_ => Q("s" + random.Next(3000), "o" + random.Next(3))).ToArray()).ToArray();
        var oneByOne = new DistinctQuads();
        oneByOne.Add(Q("s5", "o1"));
        foreach (var q in batches.SelectMany(b => b)) oneByOne.Add(q);

        var merged = new DistinctQuads();
        merged.Add(Q("s5", "o1"));
        merged.AddRange([.. batches.Select(b =>
        {
            var batch = new DistinctQuads.Batch();
            foreach (var q in b) batch.Add(q);
            return batch;
        })], new ParallelOptions { MaxDegreeOfParallelism = 4 });
        Assert.Equal(oneByOne.ToList(), merged.ToList());
        Assert.True(oneByOne.Count > 1000);
        Assert.All(oneByOne, q => Assert.True(merged.Contains(q)));
        Assert.False(merged.Contains(Q("s1", "o9")));
        Assert.False(merged.Add(Q("s5", "o1")));
        Assert.True(merged.Add(Q("s1", "o9")));
    }

    [Fact]
    public void NotesMappedOnSeveralThreadsGiveTheOneThreadStatements()
    {
        // More notes than one shard holds, all showing the same image: its statements come from every shard and must be
        // kept once, where the first note put them; each note's statements follow the previous note's.
        const string image = "https://example.org/shared.png";
        var notes = Enumerable.Range(0, 700).Select(i => Models.Note($"n/{i:D4}.md", text: "texte " + i,
            media: [new Media(MediaKind.Image, image, "Une image", new TextPosition(3, 1))])).ToArray();
        var vault = Models.Vault(notes);
        var parallel = VaultConverter.Convert(vault, new MappingOptions { ReaderOptions = new() { MaxDegreeOfParallelism = 4 } });
        var sequential = VaultConverter.Convert(vault, new MappingOptions { ReaderOptions = new() { MaxDegreeOfParallelism = 1 } });

        Assert.Equal(sequential.Quads, parallel.Quads);
        Assert.Equal(parallel.Quads.Count, parallel.Quads.Distinct().Count());
        Assert.Single(parallel.Quads, q => q.Subject.Equals(new Iri(image)) && q.Predicate.Equals(Rdf.Type));
        var firstOfNote = notes.Select(n => parallel.Quads.ToList().FindIndex(q => q.Subject is Iri s && s.Value.EndsWith("/note/" + n.FileName, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, firstOfNote);
        Assert.Equal(firstOfNote.Order(), firstOfNote);
        // The image is first described by the first note's statements, before the second note's.
        var imageAt = parallel.Quads.ToList().FindIndex(q => q.Subject.Equals(new Iri(image)));
        Assert.InRange(imageAt, firstOfNote[0], firstOfNote[1]);
    }
}
